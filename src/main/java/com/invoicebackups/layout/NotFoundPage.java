package com.invoicebackups.layout;

import com.invoicebackups.shared.NotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one page for an address that leads nowhere the user may go: no such screen, no such record, or one they may not
 * see. Each case reads the same (a forbidden record is not told apart from a missing one), inside the application's
 * header, with a way back to the user's projects, and answers 404; never a list of routes. One subclass per kind of
 * failed navigation, as Vaadin picks the page by the exception.
 */
public abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    int show() {
        removeAll();
        addClassName("not-found");
        Anchor projects = new Anchor("", getTranslation("error.not-found.back"));
        projects.getElement().setAttribute("router-link", true);
        projects.addClassName("not-found-back");
        add(new H2(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.message")),
                projects);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }

    /** No screen at this address, or a screen that found no such record. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NoSuchScreen extends NotFoundPage implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show();
        }
    }

    /** A screen the user's permissions do not open. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class DeniedScreen extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show();
        }
    }

    /** A record the screen asked for that does not exist or that the user may not know exists. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class NoSuchRecord extends NotFoundPage implements HasErrorParameter<NotFound> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
            return show();
        }
    }

    /** A service refused the screen its data: the user may not see it. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    public static class DeniedRecord extends NotFoundPage
            implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
            return show();
        }
    }
}
