package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceRef;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.OwnerPrefill;
import com.invoicebackups.invoicing.OwnerReviewService;
import com.invoicebackups.layout.UiMessages;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * One invoice: header, the G703 lines with live G702 totals, its backup documents, the review and
 * signature actions, the backups it went into and its history. Owner invoices open here too.
 */
@Route("projects/:projectId(\\d+)/:kind(invoices|owner-invoices)/:invoiceId(\\d+)")
@PermitAll
class InvoiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvoiceDetailService details;
    private final InvoiceReviewService reviews;
    private final AttachmentService attachments;
    private final InvoiceService invoices;
    private final CurrentUser currentUser;
    private final BackupActions backupActions;
    private InvoiceRef ref;
    private InvoicingAccess access;
    private String title = "";
    private final Div history = new Div();

    private final OwnerPrefill prefill;
    private final OwnerReviewService ownerReviews;

    InvoiceView(InvoiceDetailService details, InvoiceReviewService reviews, AttachmentService attachments,
                InvoiceService invoices, CurrentUser currentUser, BackupActions backupActions, OwnerPrefill prefill,
                OwnerReviewService ownerReviews) {
        this.prefill = prefill;
        this.ownerReviews = ownerReviews;
        this.details = details;
        this.reviews = reviews;
        this.attachments = attachments;
        this.invoices = invoices;
        this.currentUser = currentUser;
        this.backupActions = backupActions;
        addClassName("invoice-view");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long invoiceId = event.getRouteParameters().getLong("invoiceId").orElseThrow();
        boolean owner = event.getRouteParameters().get("kind").orElseThrow().equals("owner-invoices");
        ref = owner ? InvoiceRef.owner(invoiceId) : InvoiceRef.subcontractor(invoiceId);
        try {
            InvoiceDetail detail = details.detail(currentUser.id(), ref);
            if (detail.projectId() != event.getRouteParameters().getLong("projectId").orElseThrow()) {
                throw new NotFound("invoice", invoiceId);
            }
            access = invoices.access(currentUser.id(), detail.projectId());
            show(detail);
        } catch (NotFound e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Rebuilds the screen from the database, after any change. */
    void reload() {
        show(details.detail(currentUser.id(), ref));
    }

    private void show(InvoiceDetail detail) {
        removeAll();
        title = getTranslation("invoice.title", detail.number()) + " · " + detail.project().title();
        RouterLink back = new RouterLink(getTranslation("invoice.back"), InvoicingView.class,
                new RouteParameters("projectId", String.valueOf(detail.projectId())));
        back.addClassName("invoice-back");
        Span status = new Span(getTranslation(statusKey(detail)));
        status.getElement().getThemeList().add("badge");
        status.addClassName("invoice-status");
        H2 heading = new H2(getTranslation("invoice.title", detail.number()));
        heading.addClassName("invoice-title");
        Anchor preview = new Anchor(documentPath(detail), getTranslation("invoice.preview"));
        preview.setTarget("_blank");
        preview.addClassName("invoice-preview");
        HorizontalLayout top = new HorizontalLayout(heading, status, preview);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(back, top, new InvoiceHeader(detail),
                ref.kind() == InvoiceRef.Kind.OWNER
                        ? new OwnerReviewActions(detail, currentUser.id(), ownerReviews, this::reload)
                        : new ReviewActions(detail, currentUser.id(), reviews, attachments.maxBytes(), this::reload),
                prefillButton(detail),
                new LinesEditor(detail, currentUser.id(), details, this::reload),
                new H3(getTranslation("invoice.attachments.title")),
                new AttachmentsPanel(detail, currentUser.id(), attachments, this::refreshHistory),
                new H3(getTranslation("invoice.backups.title")),
                backupActions.invoiceBackups(access, ref),
                new H3(getTranslation("invoice.history.title")),
                history);
        history.removeAll();
        history.add(new InvoiceHistoryList(detail.history(), detail.currency()));
    }

    /** On an owner invoice its editors may fill: the period from the approved subcontractor invoices. */
    private Button prefillButton(InvoiceDetail detail) {
        Button fill = new Button(getTranslation("owner.prefill"), click -> {
            try {
                OwnerPrefill.Result result = prefill.fill(currentUser.id(), ref.id(), detail.version());
                reload();
                new OwnerPrefillDialog(result, detail.currency()).open();
            } catch (RuleViolation refused) {
                Notification notification = Notification.show(UiMessages.message(UI.getCurrent(), refused), 8000,
                        Notification.Position.MIDDLE);
                notification.addClassName("owner-prefill-refused");
            }
        });
        fill.addClassName("owner-prefill");
        fill.setVisible(ref.kind() == InvoiceRef.Kind.OWNER && detail.rights().editLines());
        return fill;
    }

    /** After a change of documents, which leaves the rest of the screen (and a running upload's list) as it is. */
    private void refreshHistory() {
        history.removeAll();
        InvoiceDetail detail = details.detail(currentUser.id(), ref);
        history.add(new InvoiceHistoryList(detail.history(), detail.currency()));
    }

    private String statusKey(InvoiceDetail detail) {
        return "status." + detail.status();
    }

    private String documentPath(InvoiceDetail detail) {
        return (ref.kind() == InvoiceRef.Kind.OWNER ? "owner-invoices/" : "invoices/") + ref.id() + "/document";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
