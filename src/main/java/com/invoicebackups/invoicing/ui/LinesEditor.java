package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.AmountText;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceDetailService;
import com.invoicebackups.invoicing.InvoiceEdit;
import com.invoicebackups.invoicing.LinesRejected;
import com.invoicebackups.invoicing.PayApplication;
import com.invoicebackups.shared.Money;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The G703 continuation sheet with the G702 summary beside it. While the invoice is editable, columns E
 * (this period) and F (materials stored) are fields: each is checked as it is typed and the totals follow;
 * Save stores everything or, when any line cannot be billed, nothing.
 */
class LinesEditor extends VerticalLayout {

    private final InvoiceDetail detail;
    private final long userId;
    private final InvoiceDetailService details;
    private final Runnable reload;
    private final Map<Long, TextField> thisPeriod = new HashMap<>();
    private final Map<Long, TextField> stored = new HashMap<>();
    private final Grid<PayApplication.Row> grid = new Grid<>();
    private final SummaryTable summary;
    private final TextField number = new TextField();
    private final DatePicker billingDate = new DatePicker();
    private final TextArea comment = new TextArea();
    private final Span saveProblem = new Span();

    LinesEditor(InvoiceDetail detail, long userId, InvoiceDetailService details, Runnable reload) {
        this.detail = detail;
        this.userId = userId;
        this.details = details;
        this.reload = reload;
        setPadding(false);
        addClassName("invoice-lines");
        boolean editable = detail.rights().editLines();
        PayApplication application = detail.payApplication();
        summary = new SummaryTable(application.summary(), detail.currency());

        grid.addClassName("sov-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // wide enough for a change order's item number ("CO-12"), which is often not among the rows measured first
        grid.addColumn(PayApplication.Row::itemNumber).setHeader(getTranslation("invoice.sov.item")).setWidth("5.5em")
                .setFlexGrow(0);
        grid.addColumn(PayApplication.Row::description).setHeader(getTranslation("invoice.sov.description"))
                .setWidth("18em").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(PayApplication.Row::description);
        money(PayApplication.Row::scheduledValue, "invoice.sov.scheduled");
        money(PayApplication.Row::fromPrevious, "invoice.sov.previous");
        if (editable) {
            grid.addComponentColumn(row -> field(thisPeriod, row, row.thisPeriod(), "this-period"))
                    .setHeader(getTranslation("invoice.sov.this-period")).setWidth("11em").setFlexGrow(0);
            grid.addComponentColumn(row -> field(stored, row, row.materialsStored(), "stored"))
                    .setHeader(getTranslation("invoice.sov.stored")).setWidth("11em").setFlexGrow(0);
        } else {
            money(PayApplication.Row::thisPeriod, "invoice.sov.this-period");
            money(PayApplication.Row::materialsStored, "invoice.sov.stored");
        }
        money(PayApplication.Row::completedToDate, "invoice.sov.completed");
        grid.addColumn(row -> Formats.of(getLocale()).percent(row.percentComplete()))
                .setHeader(getTranslation("invoice.sov.percent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        money(PayApplication.Row::balanceToFinish, "invoice.sov.balance");
        money(PayApplication.Row::retainage, "invoice.sov.retainage");
        grid.setItems(application.rows());

        H3 title = new H3(getTranslation("invoice.sov.title"));
        HorizontalLayout top = editable ? new HorizontalLayout(headerFields(), summary) : new HorizontalLayout(summary);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(top, title, grid);
        if (editable) {
            add(saveBar());
        }
    }

    private VerticalLayout headerFields() {
        number.setLabel(getTranslation("invoice.header.number"));
        number.setValue(detail.number());
        number.setMaxLength(50);
        number.addClassName("invoice-number-field");
        billingDate.setLabel(getTranslation("invoice.header.billing-date"));
        billingDate.setValue(detail.billingDate());
        comment.setLabel(getTranslation("invoice.header.comment"));
        comment.setValue(detail.comment() == null ? "" : detail.comment());
        comment.setMaxLength(1000);
        comment.setWidth("30em");
        HorizontalLayout dates = new HorizontalLayout(number, billingDate);
        VerticalLayout fields = new VerticalLayout(dates, comment);
        fields.setPadding(false);
        return fields;
    }

    private HorizontalLayout saveBar() {
        Button save = new Button(getTranslation("invoice.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("invoice-save");
        saveProblem.addClassName("invoice-save-problem");
        saveProblem.getElement().setAttribute("role", "alert");
        saveProblem.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(save, saveProblem);
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    private void money(Function<PayApplication.Row, Money> value, String headerKey) {
        grid.addColumn(row -> Formats.of(getLocale()).money(value.apply(row), detail.currency())).setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private TextField field(Map<Long, TextField> fields, PayApplication.Row row, Money value, String kind) {
        TextField field = fields.computeIfAbsent(row.sovLineId(), id -> {
            TextField created = new TextField();
            created.setValue(value.amount().toPlainString());
            created.setWidthFull();
            created.addClassName("line-" + kind);
            created.addClassName("line-amount");
            created.getElement().setAttribute("data-item", row.itemNumber());
            created.addThemeName("align-right");
            created.setValueChangeMode(ValueChangeMode.LAZY);
            created.addValueChangeListener(change -> {
                saveProblem.setVisible(false);
                recalculate();
            });
            return created;
        });
        return field;
    }

    /** Checks every typed line, marks each cell that is refused, and shows the totals the invoice would have. */
    private void recalculate() {
        check();
        if (readable()) {
            summary.show(details.preview(userId, detail.ref(), typedLines()).summary());
        }
    }

    private boolean readable() {
        return detail.payApplication().rows().stream().allMatch(row ->
                amount(thisPeriod.get(row.sovLineId()), row.thisPeriod()) != null
                        && amount(stored.get(row.sovLineId()), row.materialsStored()) != null);
    }

    /** Marks every cell that holds no amount or bills a line that cannot be billed; returns how many are marked. */
    private int check() {
        int refused = 0;
        for (PayApplication.Row row : detail.payApplication().rows()) {
            Money thisPeriodAmount = amount(thisPeriod.get(row.sovLineId()), row.thisPeriod());
            Money storedAmount = amount(stored.get(row.sovLineId()), row.materialsStored());
            if (thisPeriodAmount == null || storedAmount == null) {
                refused += show(thisPeriod.get(row.sovLineId()), thisPeriodAmount == null ? "invoice.line.not-a-number" : null);
                refused += show(stored.get(row.sovLineId()), storedAmount == null ? "invoice.line.not-a-number" : null);
                continue;
            }
            String problem = PayApplication.lineProblem(row.scheduledValue(), row.fromPrevious(), thisPeriodAmount,
                    storedAmount);
            refused += mark(row, problem);
        }
        return refused;
    }

    /** The typed amounts; only when every cell is {@link #readable()}. */
    private List<InvoiceEdit.LineAmounts> typedLines() {
        return detail.payApplication().rows().stream()
                .map(row -> new InvoiceEdit.LineAmounts(row.sovLineId(),
                        amount(thisPeriod.get(row.sovLineId()), row.thisPeriod()),
                        amount(stored.get(row.sovLineId()), row.materialsStored())))
                .toList();
    }

    /** The field's amount, or null when it holds no number; a row the grid has not rendered yet keeps its stored amount. */
    private static Money amount(TextField field, Money stored) {
        if (field == null) {
            return stored;
        }
        String text = field.getValue().strip();
        return text.isEmpty() ? Money.ZERO : AmountText.parse(text).map(Money::of).orElse(null);
    }

    /**
     * Puts a line's problem on the cells that cause it: a negative amount on its own cell; billing beyond the
     * scheduled value on the cells changed here, or on this period's cell when neither was. Returns how many cells
     * are marked.
     */
    private int mark(PayApplication.Row row, String problem) {
        TextField period = thisPeriod.get(row.sovLineId());
        TextField materials = stored.get(row.sovLineId());
        boolean periodAt = false;
        boolean materialsAt = false;
        if ("invoice.line.negative".equals(problem)) {
            periodAt = isNegative(period);
            materialsAt = isNegative(materials);
        } else if (problem != null) {
            periodAt = changed(period, row.thisPeriod());
            materialsAt = changed(materials, row.materialsStored());
        }
        if (problem != null && !periodAt && !materialsAt) {
            periodAt = period != null;
            materialsAt = period == null;
        }
        return show(period, periodAt ? problem : null) + show(materials, materialsAt ? problem : null);
    }

    private static boolean isNegative(TextField field) {
        Money amount = amount(field, Money.ZERO);
        return amount != null && amount.compareTo(Money.ZERO) < 0;
    }

    private static boolean changed(TextField field, Money stored) {
        Money amount = amount(field, stored);
        return amount != null && amount.compareTo(stored) != 0;
    }

    private int show(TextField field, String problem) {
        if (field == null) {
            return 0;
        }
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : getTranslation(problem));
        return problem == null ? 0 : 1;
    }

    private void save() {
        check();
        long unreadable = Stream.concat(thisPeriod.values().stream(), stored.values().stream())
                .filter(field -> amount(field, Money.ZERO) == null).count();
        if (unreadable > 0) {
            refuse(getTranslation("invoice.error.not-amounts", unreadable));
            return;
        }
        try {
            details.save(userId, detail.ref(), detail.version(),
                    new InvoiceEdit(number.getValue(), billingDate.getValue(), comment.getValue(), typedLines()));
        } catch (LinesRejected rejected) {
            for (PayApplication.Row row : detail.payApplication().rows()) {
                mark(row, rejected.problems().get(row.sovLineId()));
            }
            refuse(getTranslation(rejected.messageKey(), rejected.arguments()));
            return;
        }
        Notification.show(getTranslation("invoice.saved"), 2500, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload.run();
    }

    /** Says beside Save, and in a notification, why nothing was saved; the marked cells say what to change. */
    private void refuse(String message) {
        saveProblem.setText(message);
        saveProblem.setVisible(true);
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        Stream.concat(thisPeriod.values().stream(), stored.values().stream()).filter(TextField::isInvalid)
                .findFirst().ifPresent(TextField::focus);
    }
}
