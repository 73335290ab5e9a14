package com.invoicebackups.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.shared.StoreUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IncidentExceptionResolverTest {

    @Test
    void anUnexpectedErrorAnswersOneLineWithTheIncidentIdThatIsInTheLog() throws Exception {
        var request = new MockHttpServletRequest("GET", "/backups/7/download");
        var response = new MockHttpServletResponse();
        try (var log = new LoggedIncidents(IncidentExceptionResolver.class)) {
            var handled = new IncidentExceptionResolver(new com.invoicebackups.terminology.Dictionaries()).resolveException(request, response, null,
                    new IllegalStateException("secret table name in here"));

            assertThat(handled).isNotNull();
            var incident = log.only();
            assertThat(incident.rootCauseMessage()).isEqualTo("secret table name in here");
            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(response.getContentType()).startsWith("text/plain");
            assertThat(response.getContentAsString())
                    .contains("incident " + incident.id())
                    .doesNotContain("secret", "Exception", "at com.");
        }
    }

    @Test
    void anAnswerAlreadyUnderWayIsLeftAloneButTheIncidentIsStillLogged() throws Exception {
        var response = new MockHttpServletResponse();
        response.getWriter().write("%PDF-1.7");
        response.flushBuffer();
        try (var log = new LoggedIncidents(IncidentExceptionResolver.class)) {
            new IncidentExceptionResolver(new com.invoicebackups.terminology.Dictionaries()).resolveException(new MockHttpServletRequest(), response, null,
                    new IllegalStateException("broken pipe"));

            assertThat(log.only().rootCauseMessage()).isEqualTo("broken pipe");
            assertThat(response.getContentAsString()).isEqualTo("%PDF-1.7");
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aDocumentStoreOutOfReachIsNoIncidentButA503ThatSaysToTryAgainAndAWarningInTheLog() throws Exception {
        var response = new MockHttpServletResponse();
        try (var log = new LoggedIncidents(IncidentExceptionResolver.class)) {
            new IncidentExceptionResolver(new com.invoicebackups.terminology.Dictionaries()).resolveException(new MockHttpServletRequest("GET", "/backups/7/download"),
                    response, null, new java.io.UncheckedIOException(new StoreUnavailable("bucket unreachable", null)));

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("120");
            assertThat(response.getContentAsString()).contains("cannot be reached", "try again").doesNotContain("bucket");
            assertThat(log.lines()).singleElement().asString()
                    .startsWith("WARN Document store unavailable on GET /backups/7/download").contains("bucket unreachable")
                    .doesNotContain("Incident");
        }
    }
}
