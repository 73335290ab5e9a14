package com.invoicebackups.layout;

import com.invoicebackups.shared.IncidentId;
import com.invoicebackups.shared.StoreUnavailable;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
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
 * stack trace or an exception message. A document store that cannot be reached is no incident: the answer is a
 * 503 that says to try again shortly, and the log has a warning for each.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IncidentExceptionResolver implements HandlerExceptionResolver {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentExceptionResolver.class);

    private final Dictionaries dictionaries;

    IncidentExceptionResolver(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception error) {
        StoreUnavailable outage = StoreUnavailable.in(error);
        if (outage != null) {
            LOG.warn("Document store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    outage.getMessage());
            answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    words(request).get("error.storage-unavailable"), null);
            return new ModelAndView();
        }
        String incident = IncidentId.next();
        LOG.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), error);
        answer(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, words(request).get("error.unexpected", incident),
                incident);
        return new ModelAndView();
    }

    private static void answer(HttpServletResponse response, int status, String message, String incident) {
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            response.setStatus(status);
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", "120");
            }
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(message);
        } catch (IOException | IllegalStateException unwritable) {
            LOG.debug("Incident {}: the answer could not be written", incident, unwritable);
        }
    }

    /** The words of the dictionary the browser's language asks for, as the screens would say it. */
    private Dictionary words(HttpServletRequest request) {
        return dictionaries.forLocale(request.getLocale());
    }
}
