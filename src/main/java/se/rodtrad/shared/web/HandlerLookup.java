package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the handler of a request without trying every handler in full. Spring MVC looks up a path with a variable
 * ("/planer/punkter/{id}") by checking each of the product's mappings in turn — their method, parameters, headers and
 * then the pattern — and the product has grown to 358 of them: a flight recording of the röd tråd page under load put 99
 * of its 572 samples in that search (25 of 427 before meetings and grants landed). A mapping whose pattern begins with
 * text the path does not begin with cannot match, so that is asked first, from the literal beginning of each pattern kept
 * per mapping; everything else is Spring's own matching, unchanged (the best match, 405 and 415 answers among them).
 */
@Configuration
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new LiteralFirst();
    }

    static final class LiteralFirst extends RequestMappingHandlerMapping {

        private static final String[] ANY = new String[0];

        private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

        /** The path being looked up, so that each mapping asked does not read it again through the request's wrappers. */
        private static final ThreadLocal<String> LOOKING_UP = new ThreadLocal<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            // an encoded character is decoded by the pattern's own matching: such a path is matched in full
            LOOKING_UP.set(lookupPath.indexOf('%') < 0 ? lookupPath : null);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKING_UP.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String path = LOOKING_UP.get();
            if (path != null && !beginsWithAny(path, beginnings.computeIfAbsent(info, LiteralFirst::beginnings))) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean beginsWithAny(String path, String[] literal) {
            if (literal.length == 0) {
                return true;
            }
            for (String l : literal) {
                if (path.startsWith(l)) {
                    return true;
                }
            }
            return false;
        }

        /** Each pattern's text before its first variable or wildcard; none when a pattern could match any path. */
        static String[] beginnings(RequestMappingInfo info) {
            PathPatternsRequestCondition condition = info.getPathPatternsCondition();
            if (condition == null || condition.getPatterns().isEmpty()) {
                return ANY;
            }
            List<String> result = new ArrayList<>();
            for (PathPattern pattern : condition.getPatterns()) {
                String text = pattern.getPatternString();
                int end = text.length();
                for (char c : new char[] {'{', '*', '?'}) {
                    int i = text.indexOf(c);
                    end = i < 0 ? end : Math.min(end, i);
                }
                String literal = text.substring(0, end);
                if (literal.isEmpty() || literal.equals("/") || !literal.chars().allMatch(c -> c < 128)) {
                    return ANY;
                }
                result.add(literal);
            }
            return result.toArray(String[]::new);
        }
    }
}
