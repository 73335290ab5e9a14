package com.invoicebackups.invoicing.ui;

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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        grid.addColumn(PayApplication.Row::itemNumber).setHeader(getTranslation("invoice.sov.item")).setAutoWidth(true);
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
        grid.addColumn(row -> row.percentComplete().stripTrailingZeros().toPlainString() + " %")
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
        return new HorizontalLayout(save);
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
            created.getElement().setAttribute("data-item", row.itemNumber());
            created.addThemeName("align-right");
            created.setValueChangeMode(ValueChangeMode.LAZY);
            created.addValueChangeListener(change -> recalculate());
            return created;
        });
        return field;
    }

    /** Checks every typed line and shows the totals the invoice would have. */
    private void recalculate() {
        List<InvoiceEdit.LineAmounts> typed = typedLines();
        if (typed == null) {
            return;
        }
        PayApplication preview = details.preview(userId, detail.ref().id(), typed);
        for (PayApplication.Row row : preview.rows()) {
            String problem = PayApplication.lineProblem(row.scheduledValue(), row.fromPrevious(), row.thisPeriod(),
                    row.materialsStored());
            mark(row.sovLineId(), problem);
        }
        summary.show(preview.summary());
    }

    /** The typed amounts, or null when a field holds no number (that field then says so). */
    private List<InvoiceEdit.LineAmounts> typedLines() {
        boolean readable = true;
        for (PayApplication.Row row : detail.payApplication().rows()) {
            readable &= amount(thisPeriod.get(row.sovLineId()), row.thisPeriod()) != null
                    & amount(stored.get(row.sovLineId()), row.materialsStored()) != null;
        }
        if (!readable) {
            return null;
        }
        return detail.payApplication().rows().stream()
                .map(row -> new InvoiceEdit.LineAmounts(row.sovLineId(),
                        amount(thisPeriod.get(row.sovLineId()), row.thisPeriod()),
                        amount(stored.get(row.sovLineId()), row.materialsStored())))
                .toList();
    }

    /** The field's amount; a row the grid has not rendered yet keeps its stored amount. */
    private Money amount(TextField field, Money stored) {
        if (field == null) {
            return stored;
        }
        String text = field.getValue().strip().replace(",", "").replace("$", "");
        try {
            Money money = Money.of(text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text));
            return money;
        } catch (NumberFormatException | ArithmeticException e) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("invoice.line.not-a-number"));
            return null;
        }
    }

    private void mark(long sovLineId, String problem) {
        for (TextField field : Stream.of(thisPeriod.get(sovLineId), stored.get(sovLineId))
                .filter(Objects::nonNull).toList()) {
            field.setInvalid(problem != null);
            field.setErrorMessage(problem == null ? null : getTranslation(problem));
        }
    }

    private void save() {
        List<InvoiceEdit.LineAmounts> typed = typedLines();
        if (typed == null) {
            return;
        }
        try {
            details.save(userId, detail.ref().id(), detail.version(),
                    new InvoiceEdit(number.getValue(), billingDate.getValue(), comment.getValue(), typed));
        } catch (LinesRejected rejected) {
            rejected.problems().forEach(this::mark);
            Notification.show(getTranslation(rejected.messageKey(), rejected.arguments()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(getTranslation("invoice.saved"), 2500, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload.run();
    }
}
