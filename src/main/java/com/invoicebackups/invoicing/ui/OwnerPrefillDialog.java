package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.OwnerPrefill;
import com.invoicebackups.invoicing.OwnerPreflight;
import com.invoicebackups.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What "Fill this period from approved subcontractor invoices" did: each prime line filled and the invoices that make
 * up its figure, the subcontractor amounts that found no prime line of their cost code, and the invoices of the
 * period that are not approved yet and so count for nothing.
 */
class OwnerPrefillDialog extends Dialog {

    OwnerPrefillDialog(OwnerPrefill.Result result, String currency) {
        setHeaderTitle(getTranslation("owner.prefill.done"));
        addClassName("owner-prefill-dialog");
        setMaxWidth("48em");
        Formats formats = Formats.of(getLocale());
        UnorderedList lines = new UnorderedList();
        lines.addClassName("owner-prefill-lines");
        for (OwnerPrefill.LineFill line : result.lines()) {
            lines.add(new ListItem(getTranslation("owner.prefill.line", line.itemNumber(), line.description(),
                    formats.money(line.thisPeriod(), currency), formats.money(line.materialsStored(), currency),
                    String.join(", ", line.from()))));
        }
        add(lines);
        if (!result.unmatched().isEmpty()) {
            UnorderedList unmatched = new UnorderedList();
            unmatched.addClassName("owner-prefill-unmatched");
            for (OwnerPrefill.Unmatched amount : result.unmatched()) {
                unmatched.add(new ListItem(getTranslation("owner.prefill.unmatched-line", amount.contractNumber(),
                        amount.invoiceNumber(), amount.itemNumber(),
                        amount.costCode() == null ? "—" : amount.costCode(),
                        formats.money(amount.thisPeriod(), currency), formats.money(amount.materialsStored(), currency))));
            }
            add(new H4(getTranslation("owner.prefill.unmatched")), unmatched);
        }
        if (!result.notApproved().isEmpty()) {
            UnorderedList pending = new UnorderedList();
            pending.addClassName("owner-prefill-not-approved");
            for (OwnerPreflight.NotApproved invoice : result.notApproved()) {
                pending.add(new ListItem(getTranslation("owner.prefill.not-approved-line", invoice.contractNumber(),
                        invoice.invoiceNumber(), getTranslation("status." + invoice.status().name()))));
            }
            add(new H4(getTranslation("owner.prefill.not-approved")), pending);
        }
        add(new Paragraph(getTranslation("owner.prefill.change")));
        getFooter().add(new Button(getTranslation("dialog.close"), click -> close()));
    }
}
