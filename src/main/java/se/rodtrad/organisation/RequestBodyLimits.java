package se.rodtrad.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import se.rodtrad.shared.domain.Limits;
import se.rodtrad.shared.web.BodyTooLarge;
import se.rodtrad.shared.web.PlainAnswer;

/**
 * A request body may be as large as its sender's role allows (Limits.BODY_*): an anonymous visitor only signs in, a
 * reader writes only their own API keys, a politician comments and proposes, who edits uploads and imports. Checked in
 * the security chain as soon as the sender is known and before anything reads the body (the CSRF check reads a form): a
 * declared length over the limit is answered 413 at once, an undeclared one (chunked) is counted as it is read and
 * refused the moment it passes the limit — never held whole. {@link RequiresPermission} on a handler checks the role
 * before the body is bound.
 */
class RequestBodyLimits extends OncePerRequestFilter {

    private final PlainAnswer answers;

    private final UserAccountRepository accounts;

    RequestBodyLimits(PlainAnswer answers, UserAccountRepository accounts) {
        this.answers = answers;
        this.accounts = accounts;
    }

    /** The limit of this sender, with the role's name for the sentence. */
    record Limit(long bytes, String key, Role role) {
    }

    Limit limitOf(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Limit(Limits.BODY_ANONYMOUS, "limit.body.anonymous", null);
        }
        Role role = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> {
                    try {
                        return Role.valueOf(a.substring(5));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).findFirst()
                // a sign-in whose authorities name no role (OIDC, a test's principal): the account's own role
                .orElseGet(() -> accounts.findByUsername(auth.getName()).filter(UserAccountRepository.Account::enabled)
                        .map(UserAccountRepository.Account::role).orElse(Role.READER));
        if (role == Role.READER) {
            return new Limit(Limits.BODY_READER, "limit.body.reader", role);
        }
        if (!role.grants(Permission.EDIT_PLAN) && !role.grants(Permission.IMPORT_DATA) && !role.grants(Permission.KEEP_DIARY)
                && !role.grants(Permission.MANAGE_GRANTS) && !role.grants(Permission.REPORT) && !role.grants(Permission.EDIT_BUDGET)) {
            return new Limit(Limits.BODY_COMMENTER, "limit.body.reader", role);
        }
        return new Limit(Limits.BODY_EDITOR, "limit.body.role", role);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        Limit limit = limitOf(SecurityContextHolder.getContext().getAuthentication());
        long declared = request.getContentLengthLong();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/");
        if (declared > limit.bytes() || (multipart && declared < 0 && limit.bytes() < Limits.BODY_EDITOR)) {
            answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE, sentence(request, limit));
            return;
        }
        if (declared < 0 && !multipart) {
            chain.doFilter(new Counted(request, limit.bytes(), sentence(request, limit)), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private String sentence(HttpServletRequest request, Limit limit) {
        String role = limit.role() == null ? "" : answers.sentence(request, "role." + limit.role().name());
        return answers.sentence(request, limit.key(), size(limit.bytes()), role);
    }

    static String size(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " kB";
    }

    /** The body counted as it is read: past the limit the read fails with {@link BodyTooLarge} (answered 413). */
    static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private final String sentence;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit, String sentence) {
            super(request);
            this.limit = limit;
            this.sentence = sentence;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, (int) Math.min(len, limit - read + 1));
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(sentence);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    /** {@link RequiresPermission}: the role is asked before the handler's arguments — its body — are read. */
    static final class PermissionFirst implements HandlerInterceptor {
        private final AccessPolicy access;

        PermissionFirst(AccessPolicy access) {
            this.access = access;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method) {
                RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
                if (required != null) {
                    CurrentUser user = access.currentUser();
                    boolean any = false;
                    for (Permission p : required.value()) {
                        any |= !user.isAnonymous() && user.role().grants(p);
                    }
                    if (!any) {
                        throw new org.springframework.security.access.AccessDeniedException("Behörighet saknas: " + java.util.List.of(required.value()));
                    }
                }
            }
            return true;
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Registration implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer {
        private final AccessPolicy access;

        Registration(AccessPolicy access) {
            this.access = access;
        }

        @Override
        public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
            registry.addInterceptor(new PermissionFirst(access));
        }
    }
}
