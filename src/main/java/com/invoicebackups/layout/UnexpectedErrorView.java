package com.invoicebackups.layout;

import com.invoicebackups.shared.IncidentId;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The page shown when opening a screen fails unexpectedly: a short message and the incident id in the log. */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = IncidentId.next();
        LOG.error("Incident {} opening {}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        Paragraph message = new Paragraph(getTranslation("error.unexpected", incident));
        message.setId("incident-message");
        add(new H2(getTranslation("error.page.title")), message);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
