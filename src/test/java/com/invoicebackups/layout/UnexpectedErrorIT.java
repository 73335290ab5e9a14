package com.invoicebackups.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;

class UnexpectedErrorIT extends KaribuTest {

    @Test
    void aScreenThatFailsToOpenShowsAShortMessageWithTheIncidentIdThatIsInTheLog() {
        login("admin");
        RouteConfiguration.forSessionScope().setRoute("failing-screen", FailingScreen.class);

        try (var log = new LoggedIncidents(UnexpectedErrorView.class)) {
            UI.getCurrent().navigate("failing-screen");

            var incident = log.only();
            assertThat(incident.rootCauseMessage()).isEqualTo("database password is hunter2");
            String shown = _get(Paragraph.class, spec -> spec.withId("incident-message")).getText();
            assertThat(shown).contains("incident " + incident.id()).doesNotContain("hunter2", "Exception");
        }
    }

    @PermitAll
    public static class FailingScreen extends Div {
        public FailingScreen() {
            throw new IllegalStateException("database password is hunter2");
        }
    }
}
