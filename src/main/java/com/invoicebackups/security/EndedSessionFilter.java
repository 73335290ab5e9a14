package com.invoicebackups.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose user was deactivated or whose password changed since (see {@link SignedInSessions}):
 * the request then goes on as anyone's who is not signed in, and is sent to sign in.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessionFilter.class);

    private final SignedInSessions sessions;
    private final SecurityContextHolderStrategy securityContexts;

    EndedSessionFilter(SignedInSessions sessions, SecurityContextHolderStrategy securityContexts) {
        this.sessions = sessions;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            Object kept = session.getAttribute(SignedInSessions.STAMP);
            String valid = kept != null ? kept.toString() : user.stamp();
            if (!Objects.equals(sessions.currentStamp(user.getUsername()).orElse(null), valid)) {
                log.info("Ended a session of {}: deactivated, or the password changed since it signed in",
                        user.getUsername());
                securityContexts.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
