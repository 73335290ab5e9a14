package com.invoicebackups.layout;

import com.invoicebackups.shared.IncidentId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Last resort for the download endpoints: an error no other resolver turned into a status (a bad id is a 400,
 * a missing file a 404) is logged with an incident id, and the answer is one line that names it, never a
 * stack trace or an exception message.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IncidentExceptionResolver implements HandlerExceptionResolver {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentExceptionResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception error) {
        String incident = IncidentId.next();
        LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), error);
        if (!response.isCommitted()) {
            try {
                response.reset();
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8);
                response.getWriter().write(message(incident));
            } catch (IOException | IllegalStateException unwritable) {
                LOG.debug("Incident {}: the answer could not be written", incident, unwritable);
            }
        }
        return new ModelAndView();
    }

    static String message(String incident) {
        return "Something went wrong. Please try again; if it happens again, give your administrator incident "
                + incident + ".";
    }
}
