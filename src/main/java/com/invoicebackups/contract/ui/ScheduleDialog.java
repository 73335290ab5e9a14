package com.invoicebackups.contract.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.contract.NewSovLine;
import com.invoicebackups.contract.ScheduleLine;
import com.invoicebackups.contract.SovCsv;
import com.invoicebackups.contract.SovLine;
import com.invoicebackups.layout.StreamedUpload;
import com.invoicebackups.shared.Money;
import com.invoicebackups.shared.RuleViolation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A schedule of values edited line by line, or replaced by a CSV file. A file with any bad line changes
 * nothing and lists every bad line; nothing is stored until Save.
 */
class ScheduleDialog extends Dialog {

    private static final long MAX_CSV_BYTES = com.invoicebackups.shared.ByteSizes.MEGABYTE;

    /** One line as edited; id null for a line not stored yet. */
    private static final class Row {
        Long id;
        String item = "";
        String description = "";
        BigDecimal value = BigDecimal.ZERO;
        String costCode = "";
        boolean changeOrder;
    }

    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();
    private final UnorderedList problems = new UnorderedList();
    private final Span total = new Span();
    private volatile SovCsv.Result imported;
    private final String currency;

    ScheduleDialog(String contractName, String currency, List<SovLine> stored,
                   Function<List<ScheduleLine>, List<SovLine>> save) {
        this.currency = currency;
        setHeaderTitle(getTranslation("schedule.title", contractName));
        addClassName("schedule-dialog");
        setWidth("min(1100px, 96vw)");
        setHeight("80vh");
        stored.forEach(line -> rows.add(row(line.id(), line.itemNumber(), line.description(),
                line.scheduledValue().amount(), line.costCode(), line.changeOrder())));

        grid.addClassName("schedule-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(row -> text(row.item, value -> row.item = value, "schedule.column.item"))
                .setHeader(getTranslation("schedule.column.item")).setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(row -> text(row.description, value -> row.description = value,
                "schedule.column.description")).setHeader(getTranslation("schedule.column.description")).setFlexGrow(3);
        grid.addComponentColumn(this::valueField).setHeader(getTranslation("schedule.column.value")).setWidth("11em")
                .setFlexGrow(0);
        grid.addComponentColumn(row -> text(row.costCode, value -> row.costCode = value, "schedule.column.cost-code"))
                .setHeader(getTranslation("schedule.column.cost-code")).setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Checkbox changeOrder = new Checkbox(row.changeOrder);
            changeOrder.setAriaLabel(getTranslation("schedule.column.change-order"));
            changeOrder.addValueChangeListener(change -> row.changeOrder = change.getValue());
            return changeOrder;
        }).setHeader(getTranslation("schedule.column.change-order")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("schedule.remove"));
            return remove;
        }).setWidth("4em").setFlexGrow(0);

        Button addLine = new Button(getTranslation("schedule.add"), click -> {
            rows.add(new Row());
            refresh();
        });
        StreamedUpload upload = new StreamedUpload(MAX_CSV_BYTES, (name, file) -> {
            imported = read(file);
            if (imported instanceof SovCsv.Refused refused) {
                // the upload's own list marks the file refused, not done
                throw new RuleViolation("schedule.import.refused", name, refused.problems().size());
            }
        }, new StreamedUpload.Outcome() {
            @Override
            public void accepted(String fileName) {
                applyImport(fileName);
            }

            @Override
            public void refused(String fileName, String message) {
                SovCsv.Result result = imported;
                imported = null;
                showProblems(result instanceof SovCsv.Refused refused ? refused.problems().stream()
                        .map(problem -> getTranslation(problem.messageKey(), problem.messageArguments()))
                        .toList() : List.of(message));
            }
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("schedule.import")));
        upload.setDropLabel(new Span(getTranslation("schedule.import.drop")));
        upload.addClassName("schedule-import");
        problems.addClassName("schedule-problems");

        HorizontalLayout tools = new HorizontalLayout(addLine, upload, total);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        Div body = new Div(tools, problems, grid);
        body.setSizeFull();
        grid.setHeight("calc(100% - 8em)");
        add(body);

        Button saveButton = new Button(getTranslation("dialog.save"), click -> {
            List<SovLine> saved = save.apply(rows.stream().map(ScheduleDialog::line).toList());
            Notification.show(getTranslation("schedule.saved", saved.size()));
            close();
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), saveButton);
        refresh();
    }

    private static SovCsv.Result read(java.nio.file.Path file) {
        try {
            return SovCsv.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void applyImport(String fileName) {
        if (!(imported instanceof SovCsv.Imported result)) {
            return;
        }
        imported = null;
        List<NewSovLine> lines = result.lines();
        // a line the file keeps, by its item, stays the stored line: one already billed is then no removal
        Map<String, Long> storedByItem = new HashMap<>();
        rows.stream().filter(row -> row.id != null)
                .forEach(row -> storedByItem.putIfAbsent(row.item.strip().toLowerCase(Locale.ROOT), row.id));
        rows.clear();
        lines.forEach(line -> rows.add(row(storedByItem.get(line.itemNumber().toLowerCase(Locale.ROOT)),
                line.itemNumber(), line.description(), line.scheduledValue().amount(), line.costCode(),
                line.changeOrder())));
        showProblems(List.of());
        refresh();
        Notification.show(getTranslation("schedule.import.done", lines.size(), fileName));
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        messages.forEach(message -> problems.add(new ListItem(message)));
    }

    private TextField text(String value, java.util.function.Consumer<String> onChange, String label) {
        TextField field = new TextField();
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        field.setAriaLabel(getTranslation(label));
        field.addValueChangeListener(change -> onChange.accept(change.getValue()));
        return field;
    }

    private BigDecimalField valueField(Row row) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(row.value);
        field.setWidthFull();
        field.setAriaLabel(getTranslation("schedule.column.value"));
        field.addValueChangeListener(change -> {
            row.value = change.getValue();
            updateTotal();
        });
        return field;
    }

    private void refresh() {
        grid.setItems(rows);
        updateTotal();
    }

    private void updateTotal() {
        BigDecimal sum = rows.stream().map(row -> row.value == null ? BigDecimal.ZERO : row.value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("schedule.total", rows.size(), Formats.of(getLocale()).money(Money.of(sum), currency)));
    }

    private static Row row(Long id, String item, String description, BigDecimal value, String costCode,
                           boolean changeOrder) {
        Row row = new Row();
        row.id = id;
        row.item = item;
        row.description = description;
        row.value = value;
        row.costCode = costCode == null ? "" : costCode;
        row.changeOrder = changeOrder;
        return row;
    }

    private static ScheduleLine line(Row row) {
        return new ScheduleLine(row.id, new NewSovLine(row.item.strip(), row.description.strip(),
                row.value == null ? null : Money.of(row.value), row.costCode.isBlank() ? null : row.costCode.strip(),
                row.changeOrder));
    }
}
