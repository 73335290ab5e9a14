package com.invoicebackups.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form is posted with the page's anti-forgery token, which Vaadin leaves unchecked on the sign-in address:
 * without it another site could sign a visitor in under an account of its choosing. A post without the right token
 * signs no one in and is sent back to a fresh sign-in page (a page left open past its session has an outdated one).
 */
class SignInFormTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInFormTokenFilter.class);

    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            log.warn("Refused a sign-in form posted without this site's token, from {}", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean carriesToken(HttpServletRequest request) {
        if (!(request.getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken deferred)) {
            return false;
        }
        CsrfToken expected = deferred.get();
        String sent = tokens.resolveCsrfTokenValue(request, expected);
        return sent != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
