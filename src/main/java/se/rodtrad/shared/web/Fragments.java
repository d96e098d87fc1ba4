package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A template fragment rendered on its own, as the page would render it — for pages that keep parts of what they
 * rendered and put them in with {@code th:utext}. The reader's language, links against the request's context path;
 * the request is seen through a wrapper with attributes of its own (Thymeleaf keeps a web context's variables as
 * request attributes, which must not leak into the page) and a response that never rewrites links with a session
 * id (kept HTML is shared by everyone). Kept fragments must hold nothing per person: no controls that depend on a
 * permission unless they are kept per permission set, and no CSRF token but the placeholder of the overload with one.
 */
@Component
public class Fragments {

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    Fragments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public String render(String template, String fragment, Map<String, ?> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return render(template, fragment, variables, locale, request, response, null);
    }

    /**
     * As above, with Spring's request context as a page has it, so that forms ({@code th:action}) get their hidden
     * CSRF field — from {@code csrf}, which stands in for the reader's token: kept HTML is shared by everyone, so it
     * carries a placeholder that each request replaces with its own token.
     */
    public String render(String template, String fragment, Map<String, ?> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response, CsrfToken csrf) {
        OwnAttributes ownRequest = new OwnAttributes(request);
        NoSessionInLinks ownResponse = new NoSessionInLinks(response);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(ownRequest, ownResponse);
        WebContext context = new WebContext(exchange, locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        if (csrf != null) {
            ownRequest.setAttribute(CsrfToken.class.getName(), csrf);
            ownRequest.setAttribute(csrf.getParameterName(), csrf);
            RequestContext requestContext = new RequestContext(ownRequest, ownResponse, request.getServletContext(), new HashMap<>(variables));
            context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
            context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                    new SpringWebMvcThymeleafRequestContext(requestContext, ownRequest));
        }
        variables.forEach(context::setVariable);
        return templates.process(template, Set.of(fragment), context);
    }

    /** A small map of kept things, the least recently used dropped beyond {@code capacity}; safe between threads. */
    public static <K, V> Map<K, V> lru(int capacity) {
        return se.rodtrad.shared.domain.Lru.map(capacity);
    }

    private static final class OwnAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new java.util.LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object o) {
            attributes.put(name, o);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }

    private static final class NoSessionInLinks extends HttpServletResponseWrapper {
        NoSessionInLinks(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
