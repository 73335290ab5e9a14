package com.invoicebackups.invoicing.ui;

import com.invoicebackups.billing.BillingPeriod;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Start, end and due date of a new or existing billing period. The service judges the rules. */
class BillingPeriodDialog extends Dialog {

    record Values(LocalDate start, LocalDate end, LocalDate due) {
    }

    BillingPeriodDialog(BillingPeriod period, Consumer<Values> onSave) {
        setHeaderTitle(getTranslation("periods.dialog.title") + (period == null ? "" : " #" + period.number()));
        DatePicker start = new DatePicker(getTranslation("periods.column.start"));
        DatePicker end = new DatePicker(getTranslation("periods.column.end"));
        DatePicker due = new DatePicker(getTranslation("periods.column.due"));
        if (period != null) {
            start.setValue(period.startDate());
            end.setValue(period.endDate());
            due.setValue(period.dueDate());
        }
        add(new FormLayout(start, end, due));
        Button save = new Button(getTranslation("periods.save"), click -> {
            onSave.accept(new Values(start.getValue(), end.getValue(), due.getValue()));
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("periods.cancel"), click -> close()), save);
    }
}
