package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.invoicing.InvoicingAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;

/** The Billing Periods tab: the project's calendar; ADMIN on Commitments may change it. */
class BillingPeriodsPanel extends VerticalLayout {

    private final InvoicingAccess access;
    private final BillingPeriodService periods;
    private final Grid<BillingPeriod> grid = new Grid<>();
    private final Button edit = new Button();
    private final Button openOrClose = new Button();
    private final Button delete = new Button();

    BillingPeriodsPanel(InvoicingAccess access, BillingPeriodService periods) {
        this.access = access;
        this.periods = periods;
        setSizeFull();
        setPadding(false);

        grid.addClassName("billing-period-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(BillingPeriod::number).setHeader(getTranslation("periods.column.number")).setFlexGrow(0);
        grid.addColumn(period -> day(period.startDate())).setHeader(getTranslation("periods.column.start"));
        grid.addColumn(period -> day(period.endDate())).setHeader(getTranslation("periods.column.end"));
        grid.addColumn(period -> day(period.dueDate())).setHeader(getTranslation("periods.column.due"));
        grid.addColumn(period -> getTranslation("period.status." + period.status().name()))
                .setHeader(getTranslation("periods.column.status"));

        if (access.manageBillingPeriods()) {
            Button create = new Button(getTranslation("periods.new"), click -> new BillingPeriodDialog(null, this::create).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setText(getTranslation("periods.edit"));
            edit.addClickListener(click -> selected(period -> new BillingPeriodDialog(period,
                    values -> this.reschedule(period, values)).open()));
            openOrClose.addClickListener(click -> selected(this::toggle));
            delete.setText(getTranslation("periods.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(click -> selected(this::confirmDelete));
            grid.addSelectionListener(selection -> updateButtons());
            Button cycle = new Button(getTranslation("periods.cycle"), click -> new BillingCycleDialog(nextStart(),
                    this::createCycle).open());
            add(new HorizontalLayout(create, cycle, edit, openOrClose, delete));
        }
        add(grid);
        reload();
    }

    private void create(BillingPeriodDialog.Values values) {
        BillingPeriod period = periods.create(access.userId(), access.projectId(), values.start(), values.end(),
                values.due(), PeriodStatus.CLOSED);
        saved(period);
    }

    private void createCycle(LocalDate firstStart, int count, int dueDaysBeforeEnd) {
        int created = periods.createMonthlyCycle(access.userId(), access.projectId(), firstStart, count,
                dueDaysBeforeEnd).size();
        Notification.show(getTranslation("periods.cycle.created", created));
        reload();
    }

    /** The day after the latest period ends, or the first of next month for a project without periods. */
    private LocalDate nextStart() {
        return periods.periods(access.userId(), access.projectId()).stream().map(BillingPeriod::endDate)
                .max(LocalDate::compareTo).map(end -> end.plusDays(1))
                .orElse(LocalDate.now().withDayOfMonth(1).plusMonths(1));
    }

    private void reschedule(BillingPeriod period, BillingPeriodDialog.Values values) {
        saved(periods.reschedule(access.userId(), period.id(), period.version(), values.start(), values.end(), values.due()));
    }

    private void toggle(BillingPeriod period) {
        saved(period.status() == PeriodStatus.OPEN
                ? periods.close(access.userId(), period.id(), period.version())
                : periods.open(access.userId(), period.id(), period.version()));
    }

    private void confirmDelete(BillingPeriod period) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("periods.delete.confirm", period.number()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("periods.cancel"));
        confirm.setConfirmText(getTranslation("periods.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            periods.delete(access.userId(), period.id());
            Notification.show(getTranslation("periods.deleted", period.number()));
            reload();
        });
        confirm.open();
    }

    private void saved(BillingPeriod period) {
        Notification.show(getTranslation("periods.saved", period.number()));
        reload();
    }

    private void selected(java.util.function.Consumer<BillingPeriod> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void reload() {
        grid.setItems(periods.periods(access.userId(), access.projectId()).reversed());
        updateButtons();
    }

    private void updateButtons() {
        BillingPeriod period = grid.getSelectedItems().stream().findFirst().orElse(null);
        edit.setEnabled(period != null);
        delete.setEnabled(period != null);
        openOrClose.setEnabled(period != null);
        openOrClose.setText(getTranslation(period != null && period.status() == PeriodStatus.OPEN
                ? "periods.close" : "periods.open"));
    }

    private String day(LocalDate date) {
        return Formats.of(getLocale()).date(date);
    }
}
