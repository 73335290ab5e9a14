package com.invoicebackups.audit.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.audit.AuditQuery;
import com.invoicebackups.audit.AuditRecord;
import com.invoicebackups.audit.AuditTrail;
import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Company administrators: who changed which permission, contact, private list, user or billing period, and when,
 * and who signed in or failed to; filtered by text, dates, user and kind, and exported as CSV.
 */
@Route("admin/audit")
@PermitAll
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final AuditTrail trail;
    private final CompanyService companies;
    private final long userId;
    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<UserSummary> who = new ComboBox<>();
    private final Select<AuditQuery.Kind> kind = new Select<>();
    private final Anchor export = new Anchor();

    AuditView(AuditTrail trail, CompanyService companies, CurrentUser currentUser) {
        this.trail = trail;
        this.companies = companies;
        this.userId = currentUser.id();
        setSizeFull();
        search.setLabel(getTranslation("audit.search.label"));
        search.setPlaceholder(getTranslation("audit.search"));
        search.setWidth("min(100%, 22em)");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        who.setLabel(getTranslation("audit.column.who"));
        who.setItemLabelGenerator(UserSummary::displayName);
        who.setClearButtonVisible(true);
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditQuery.Kind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.kind.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("audit.kind.all")
                : getTranslation("audit.kind." + value.name()));
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        who.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        export.setText(getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setRouterIgnore(true);
        export.addClassName("audit-export");
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(record -> Formats.of(getLocale()).dateTime(record.recordedAt()))
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(record -> getTranslation("audit.action." + record.action()))
                .setHeader(getTranslation("audit.column.what")).setAutoWidth(true);
        grid.addColumn(AuditRecord::subject).setHeader(getTranslation("audit.column.subject")).setFlexGrow(2);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(3);
        HorizontalLayout filters = new HorizontalLayout(search, from, to, who, kind, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(filters, grid);
    }

    private AuditQuery query() {
        return new AuditQuery(search.getValue(), from.getValue(), to.getValue(),
                who.getValue() == null ? null : who.getValue().id(), kind.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        StringBuilder href = new StringBuilder("admin/audit.csv?");
        if (!query.text().isBlank()) {
            href.append("text=").append(URLEncoder.encode(query.text().strip(), StandardCharsets.UTF_8)).append('&');
        }
        if (query.from() != null) {
            href.append("from=").append(query.from()).append('&');
        }
        if (query.to() != null) {
            href.append("to=").append(query.to()).append('&');
        }
        if (query.actorId() != null) {
            href.append("user=").append(query.actorId()).append('&');
        }
        if (query.kind() != null) {
            href.append("kind=").append(query.kind().name()).append('&');
        }
        export.setHref(href.substring(0, href.length() - 1));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ScreenGate.companyAdministrators(event, companies, userId)) {
            who.setItems(companies.users(userId));
            grid.setItems(query -> trail.newest(userId, query(), query.getPage(), query.getPageSize()).stream());
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
