package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Arrangement;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.PlannedInvoice;
import com.invoicebackups.backup.pdf.PackageOrder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The preflight: blocking problems stop everything and point to the Billing Periods tab; otherwise the
 * warnings are listed and the options chosen before the backups are queued.
 */
class CompileDialog extends Dialog {

    private Arrangement arrangement;

    /**
     * {@code problems} and {@code warnings} come as sentences in the user's words; any problem blocks.
     * {@code start}: the project's package profile; {@code saveProfile}: keeps the chosen options as the profile,
     * null for a user who may not. {@code showBillingPeriods}: null when no problem is about billing periods.
     */
    CompileDialog(String summary, List<String> problems, List<String> warnings, Optional<String> sealedBy,
                  BackupOptions start, Consumer<BackupOptions> saveProfile, Customising customising,
                  Runnable showBillingPeriods, BiConsumer<BackupOptions, Arrangement> compile) {
        addClassName("compile-dialog");
        setHeaderTitle(getTranslation("invoicing.compile"));
        setWidth("40em");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("compile.cancel"), click -> close());
        if (!problems.isEmpty()) {
            body.add(new Paragraph(getTranslation("compile.blocked")));
            body.add(list("compile-problems", problems));
            getFooter().add(cancel);
            if (showBillingPeriods != null) {
                Button periods = new Button(getTranslation("compile.go-to-periods"), click -> {
                    close();
                    showBillingPeriods.run();
                });
                periods.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(periods);
            }
            return;
        }
        body.add(new Paragraph(summary));
        VerticalLayout warningsArea = new VerticalLayout();
        warningsArea.setPadding(false);
        showWarnings(warningsArea, warnings);
        Span customised = new Span();
        customised.addClassName("compile-customised");
        customised.setVisible(false);
        body.add(warningsArea, customised);
        PackageOptionsForm form = new PackageOptionsForm(start, sealedBy);
        body.add(form);
        Button queue = new Button(getTranslation("compile.queue"), click -> {
            close();
            BackupOptions options = form.value();
            // the editor's arrangement stands instead of the ordering rule
            compile.accept(arrangement == null ? options : options.ordered(PackageOrder.Ordering.BY_CONTRACT,
                    options.typeOrder()), arrangement);
        });
        queue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel);
        if (customising != null) {
            Button customise = new Button(getTranslation("compile.customise"), click -> new PackageEditor(
                    customising.plan().get(), arranged -> {
                        arrangement = arranged;
                        long left = arranged.invoices().stream().filter(entry -> !entry.included()).count();
                        long documents = arranged.invoices().stream().filter(Arrangement.Entry::included)
                                .flatMap(entry -> entry.documents().stream()).filter(document -> !document.included())
                                .count();
                        customised.setText(getTranslation("compile.customised", left, documents));
                        customised.setVisible(true);
                        Preflight again = customising.preflight().apply(arranged);
                        showWarnings(warningsArea, again.warnings());
                        if (!again.blocked().isEmpty()) {
                            warningsArea.setVisible(true);
                            warningsArea.addComponentAsFirst(list("compile-problems", again.blocked()));
                            warningsArea.addComponentAsFirst(new Paragraph(getTranslation("compile.blocked")));
                        }
                        queue.setEnabled(again.blocked().isEmpty()
                                && (!arranged.includedInvoiceIds().isEmpty() || !customising.subcontractor()));
                    }).open());
            customise.addClassName("compile-customise");
            getFooter().add(customise);
        }
        if (saveProfile != null) {
            Button save = new Button(getTranslation("compile.save-profile"), click -> {
                saveProfile.accept(form.value());
                Notification.show(getTranslation("compile.profile-saved"));
            });
            save.addClassName("save-profile");
            getFooter().add(save);
        }
        getFooter().add(queue);
    }

    /**
     * The package editor for a selection, and the preflight for what remains of it; {@code subcontractor}: a
     * subcontractor backup, which needs an invoice left to compile.
     */
    record Customising(Supplier<List<PlannedInvoice>> plan, Function<Arrangement, Preflight> preflight,
                       boolean subcontractor) {
    }

    /** Sentences in the user's words: what blocks the compile, and what it may go ahead with. */
    record Preflight(List<String> blocked, List<String> warnings) {
    }

    private void showWarnings(VerticalLayout area, List<String> warnings) {
        area.removeAll();
        area.setVisible(!warnings.isEmpty());
        if (!warnings.isEmpty()) {
            area.add(new H4(getTranslation("compile.warnings", warnings.size())));
            UnorderedList list = list("compile-warnings", warnings.stream().limit(50).toList());
            if (warnings.size() > 50) {
                list.add(new ListItem(getTranslation("compile.warning.more", warnings.size() - 50)));
            }
            area.add(list);
        }
    }

    private static UnorderedList list(String className, List<String> items) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
