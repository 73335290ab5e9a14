package com.invoicebackups.invoicing.ui;

import com.invoicebackups.layout.EditDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;

/** Monthly billing periods from a given day, for a number of months; the service judges the rules. */
class BillingCycleDialog extends EditDialog {

    interface Action {
        void create(LocalDate firstStart, int count, int dueDaysBeforeEnd);
    }

    BillingCycleDialog(LocalDate suggestedStart, Action action) {
        this(suggestedStart, action, new DatePicker(), new IntegerField(), new IntegerField());
    }

    private BillingCycleDialog(LocalDate suggestedStart, Action action, DatePicker start, IntegerField count,
                               IntegerField dueDays) {
        super(I18NProvider.translate("periods.cycle.title"), () -> action.create(start.getValue(),
                count.getValue() == null ? 0 : count.getValue(), dueDays.getValue() == null ? 0 : dueDays.getValue()),
                start, count, dueDays);
        addClassName("billing-cycle-dialog");
        start.setLabel(getTranslation("periods.cycle.start"));
        start.setValue(suggestedStart);
        count.setLabel(getTranslation("periods.cycle.count"));
        count.setValue(12);
        count.setMin(1);
        count.setStepButtonsVisible(true);
        dueDays.setLabel(getTranslation("periods.cycle.due"));
        dueDays.setValue(5);
        dueDays.setMin(0);
    }
}
