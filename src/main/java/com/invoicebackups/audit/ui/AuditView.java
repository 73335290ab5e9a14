package com.invoicebackups.audit.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.audit.AuditRecord;
import com.invoicebackups.audit.AuditTrail;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Company administrators: who changed which permission, contact, private list or user, and when. */
@Route("admin/audit")
@PermitAll
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final AuditTrail trail;
    private final CompanyService companies;
    private final long userId;
    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField search = new TextField();

    AuditView(AuditTrail trail, CompanyService companies, CurrentUser currentUser) {
        this.trail = trail;
        this.companies = companies;
        this.userId = currentUser.id();
        setSizeFull();
        search.setPlaceholder(getTranslation("audit.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(record -> Formats.of(getLocale()).dateTime(record.recordedAt()))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(record -> getTranslation("audit.action." + record.action()))
                .setHeader(getTranslation("audit.column.what")).setAutoWidth(true);
        grid.addColumn(AuditRecord::subject).setHeader(getTranslation("audit.column.subject")).setFlexGrow(2);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(3);
        add(search, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!companies.isCompanyAdministrator(userId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        grid.setItems(query -> trail.newest(userId, search.getValue(), query.getPage(), query.getPageSize()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
