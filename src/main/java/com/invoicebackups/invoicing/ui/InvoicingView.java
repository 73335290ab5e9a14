package com.invoicebackups.invoicing.ui;

import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceGridService;
import com.invoicebackups.invoicing.InvoiceReviewService;
import com.invoicebackups.invoicing.InvoiceService;
import com.invoicebackups.invoicing.NewOwnerInvoices;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.invoicebackups.invoicing.OwnerInvoiceGridService;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.NotFound;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A project's Invoicing screen: Subcontractor, Owner and Billing Periods tabs, each shown only to who may use it. */
@Route("projects/:projectId(\\d+)/invoicing")
@PermitAll
class InvoicingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projectService;
    private final InvoiceService invoiceService;
    private final InvoiceGridService gridService;
    private final BillingPeriodService periodService;
    private final OwnerInvoiceGridService ownerGridService;
    private final CurrentUser currentUser;
    private final BackupActions backupActions;
    private final InvoiceDetailService detailService;
    private final InvoiceReviewService reviewService;
    private final NewOwnerInvoices newOwnerInvoices;
    private String title = "";

    InvoicingView(ProjectService projectService, InvoiceService invoiceService, InvoiceGridService gridService,
                  BillingPeriodService periodService, OwnerInvoiceGridService ownerGridService, CurrentUser currentUser,
                  BackupActions backupActions, InvoiceDetailService detailService, InvoiceReviewService reviewService,
                  NewOwnerInvoices newOwnerInvoices) {
        this.newOwnerInvoices = newOwnerInvoices;
        this.backupActions = backupActions;
        this.detailService = detailService;
        this.reviewService = reviewService;
        this.projectService = projectService;
        this.invoiceService = invoiceService;
        this.gridService = gridService;
        this.periodService = periodService;
        this.ownerGridService = ownerGridService;
        this.currentUser = currentUser;
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong("projectId").orElseThrow();
        long userId = currentUser.id();
        Project project;
        try {
            project = projectService.project(userId, projectId);
        } catch (NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        InvoicingAccess access = invoiceService.access(userId, projectId);
        title = getTranslation("invoicing.title") + " · " + project.title();

        removeAll();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        BillingPeriodsPanel periods = new BillingPeriodsPanel(access, periodService);
        Runnable showPeriods = () -> tabs.setSelectedTab(tabs.getTab(periods));
        if (access.subcontractorTab()) {
            tabs.add(getTranslation("invoicing.tab.subcontractor"),
                    new SubcontractorInvoicesPanel(access, gridService, periodService, detailService, reviewService,
                            showPeriods, ids -> backupActions.compileSubcontractorBackup(access, ids, showPeriods)));
        }
        if (access.ownerTab()) {
            tabs.add(getTranslation("invoicing.tab.owner"), new OwnerInvoicesPanel(access, ownerGridService,
                    periodService, newOwnerInvoices, showPeriods,
                    ids -> backupActions.compileOwnerBackups(access, ids, showPeriods)));
        }
        tabs.add(getTranslation("invoicing.tab.billing-periods"), periods);
        Runnable showHistory = null;
        if (access.compileSubcontractorBackups() || access.ownerTab()) {
            com.vaadin.flow.component.tabs.Tab history = tabs.add(getTranslation("invoicing.tab.backups"),
                    backupActions.history(access));
            showHistory = () -> tabs.setSelectedTab(history);
        }
        boolean setUp = projectService.maySetUp(userId, projectId);
        if (setUp || access.commitmentsAdmin()) {
            add(setUpLinks(projectId, setUp));
        }
        add(backupActions.statusArea(access, showHistory), tabs);
    }

    private HorizontalLayout setUpLinks(long projectId, boolean setUp) {
        HorizontalLayout links = new HorizontalLayout();
        if (setUp) {
            links.add(new Anchor("projects/" + projectId + "/contracts", getTranslation("contracts.title")),
                    new Anchor("projects/" + projectId + "/members", getTranslation("members.title")));
        }
        links.add(new Anchor("projects/" + projectId + "/document-rules", getTranslation("rules.title")));
        links.addClassName("project-set-up-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
