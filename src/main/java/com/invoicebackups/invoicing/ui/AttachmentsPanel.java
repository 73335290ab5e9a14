package com.invoicebackups.invoicing.ui;

import com.invoicebackups.shared.Formats;
import com.invoicebackups.invoicing.Attachment;
import com.invoicebackups.invoicing.AttachmentService;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.invoicing.FileInspection;
import com.invoicebackups.invoicing.InvoiceDetail;
import com.invoicebackups.invoicing.InvoiceRights;
import com.invoicebackups.layout.StreamedUpload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invoice's backup documents in backup order: upload several at once (dragged in or picked), each
 * with its progress and, when refused, the reason beside it; type, open, download, remove and reorder.
 */
class AttachmentsPanel extends VerticalLayout {


    private final InvoiceDetail detail;
    private final long userId;
    private final AttachmentService attachments;
    /** Told after each change of the documents, which goes into the invoice's history. */
    private final Runnable changed;
    private final InvoiceRights rights;
    private final Grid<Attachment> grid = new Grid<>();
    private final UnorderedList refusals = new UnorderedList();
    private List<Attachment> current;
    private Attachment dragged;
    /** The type given to the next uploaded files, none: guessed where clear; read on the upload's request thread. */
    private volatile DocumentType nextType;
    /** The expiry given to the next uploaded insurance certificates; none: read from them. */
    private volatile java.time.LocalDate nextExpiry;

    AttachmentsPanel(InvoiceDetail detail, long userId, AttachmentService attachments, Runnable changed) {
        this.detail = detail;
        this.changed = changed;
        this.userId = userId;
        this.attachments = attachments;
        this.rights = detail.rights();
        setPadding(false);
        addClassName("attachments");
        if (rights.upload()) {
            add(uploadArea());
        }
        configureGrid();
        current = detail.attachments();
        grid.setItems(current);
        add(grid);
    }

    private Component uploadArea() {
        ComboBox<DocumentType> type = typeSelect(nextType);
        type.setLabel(getTranslation("invoice.attachments.type"));
        type.setHelperText(getTranslation("invoice.attachments.type-help"));
        type.addClassName("next-document-type");
        type.setWidth("16em");
        DatePicker expires = new DatePicker(getTranslation("invoice.attachments.expires-at-upload"));
        expires.addClassName("next-expiry");
        expires.setLocale(getLocale());
        expires.setHelperText(getTranslation("invoice.attachments.expires-at-upload.help"));
        expires.setVisible(nextType == DocumentType.INSURANCE);
        expires.addValueChangeListener(change -> nextExpiry = change.getValue());
        type.addValueChangeListener(change -> {
            nextType = change.getValue();
            expires.setVisible(nextType == DocumentType.INSURANCE);
        });
        StreamedUpload upload = new StreamedUpload(attachments.maxBytes(),
                (name, file) -> attachments.upload(userId, detail.ref(), name, nextType, file,
                        nextType == DocumentType.INSURANCE ? nextExpiry : null),
                new StreamedUpload.Outcome() {
                    @Override
                    public void accepted(String fileName) {
                        refresh();
                    }

                    @Override
                    public void refused(String fileName, String message) {
                        ListItem item = new ListItem(getTranslation("invoice.attachments.refused", fileName, message));
                        item.addClassName("upload-refusal");
                        refusals.add(item);
                    }
                });
        upload.addClassName("attachment-upload");
        upload.setMaxFiles(50);
        upload.setDropLabel(new Span(getTranslation("invoice.attachments.drop")));
        refusals.addClassName("upload-refusals");
        HorizontalLayout choices = new HorizontalLayout(type, expires);
        VerticalLayout area = new VerticalLayout(choices, upload, refusals);
        area.setPadding(false);
        return area;
    }

    private void configureGrid() {
        grid.addClassName("attachment-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("invoice.attachments.empty"));
        grid.addColumn(Attachment::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::name).setHeader(getTranslation("invoice.attachments.name")).setFlexGrow(3);
        grid.addComponentColumn(this::type).setHeader(getTranslation("invoice.attachments.doc-type")).setWidth("16em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::expiry).setHeader(getTranslation("invoice.attachments.expires")).setWidth("13em")
                .setFlexGrow(0);
        grid.addColumn(attachment -> Formats.of(getLocale()).fileSize(attachment.sizeBytes())).setHeader(getTranslation("invoice.attachments.size"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(attachment -> Formats.of(getLocale()).dateTime(attachment.uploadedAt()))
                .setHeader(getTranslation("invoice.attachments.uploaded")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        if (rights.upload()) {
            grid.setRowsDraggable(true);
            grid.addDragStartListener(start -> {
                dragged = start.getDraggedItems().getFirst();
                grid.setDropMode(GridDropMode.BETWEEN);
            });
            grid.addDragEndListener(end -> {
                dragged = null;
                grid.setDropMode(null);
            });
            grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
                if (dragged != null && !dragged.equals(target)) {
                    List<Attachment> order = new ArrayList<>(current);
                    order.remove(dragged);
                    int index = order.indexOf(target) + (drop.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                    order.add(index, dragged);
                    reorder(order);
                }
            }));
        }
    }

    private Component name(Attachment attachment) {
        Anchor open = new Anchor(attachment.path() + "?inline=true", attachment.fileName());
        open.setTarget("_blank");
        open.addClassName("attachment-name");
        HorizontalLayout cell = new HorizontalLayout(open);
        cell.setSpacing(true);
        if (attachment.inspection() != FileInspection.PDF && attachment.inspection() != FileInspection.IMAGE) {
            Span badge = new Span(badgeText(attachment));
            badge.getElement().getThemeList().add(attachment.inspection() == FileInspection.PDF_REPAIRED
                    || attachment.inspection() == FileInspection.NOT_MERGEABLE ? "badge contrast" : "badge error");
            badge.addClassName("attachment-badge");
            if (attachment.verdictKey() != null) {
                badge.setTitle(getTranslation(attachment.verdictKey(), detail(attachment)));
            }
            cell.add(badge);
        }
        return cell;
    }

    /** What the backup will do with the file; a file left out for another reason than damage says which. */
    private String badgeText(Attachment attachment) {
        boolean otherReason = attachment.inspection() == FileInspection.PDF_DAMAGED && attachment.verdictKey() != null
                && !attachment.verdictKey().equals("backup.reason.damaged");
        return otherReason ? getTranslation("badge.LEFT_OUT", getTranslation(attachment.verdictKey(), detail(attachment)))
                : getTranslation("badge." + attachment.inspection().name());
    }

    private static String detail(Attachment attachment) {
        return attachment.verdictDetail() == null ? "" : attachment.verdictDetail();
    }

    /** The document's type: none yet, a guess to confirm, or a person's choice. */
    private Component type(Attachment attachment) {
        boolean guessed = attachment.documentType() != null && !attachment.typeConfirmed();
        if (!rights.upload()) {
            Span type = new Span(attachment.documentType() == null ? getTranslation("invoice.attachments.type-not-set")
                    : guessed ? getTranslation("invoice.attachments.type-guessed-read-only", typeName(attachment))
                    : typeName(attachment));
            type.addClassName("attachment-type-text");
            return type;
        }
        ComboBox<DocumentType> type = typeSelect(attachment.documentType());
        type.setWidthFull();
        type.addClassName("attachment-type");
        type.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                attachments.retype(userId, attachment.id(), change.getValue());
                refresh();
            }
        });
        if (!guessed) {
            return type;
        }
        return proposal(type, "invoice.attachments.type-guessed", "invoice.attachments.type-confirm", "confirm-type",
                () -> attachments.retype(userId, attachment.id(), attachment.documentType()));
    }

    /** A value the file gave, to confirm: the field with a note saying so, and a button that confirms it. */
    private <F extends Component & HasHelper> VerticalLayout proposal(F field, String noteKey, String confirmKey,
                                                                      String className, Runnable confirm) {
        field.setHelperText(getTranslation(noteKey));
        Button button = new Button(getTranslation(confirmKey), click -> {
            confirm.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        VerticalLayout proposal = new VerticalLayout(field, button);
        proposal.setPadding(false);
        proposal.setSpacing(false);
        return proposal;
    }

    private String typeName(Attachment attachment) {
        return getTranslation("attachment-type." + attachment.documentType().name());
    }

    /**
     * An insurance certificate's expiry: a date read from the certificate is shown as a proposal to confirm; a date
     * entered or confirmed counts as the user's.
     */
    private Component expiry(Attachment attachment) {
        if (attachment.documentType() != DocumentType.INSURANCE) {
            return new Span();
        }
        if (!rights.upload()) {
            return new Span(attachment.expiresOn() == null ? getTranslation("invoice.attachments.expiry-unknown")
                    : Formats.of(getLocale()).date(attachment.expiresOn()));
        }
        DatePicker date = new DatePicker(attachment.expiresOn());
        date.setLocale(getLocale());
        date.setWidthFull();
        date.addClassName("attachment-expiry");
        date.setAriaLabel(getTranslation("invoice.attachments.expires"));
        if (attachment.expiresOn() != null && !attachment.expiryConfirmed()) {
            date.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    attachments.confirmExpiry(userId, attachment.id(), change.getValue());
                    refresh();
                }
            });
            return proposal(date, "invoice.attachments.expiry-read", "invoice.attachments.expiry-confirm",
                    "confirm-expiry", () -> attachments.confirmExpiry(userId, attachment.id(), date.getValue()));
        }
        date.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                attachments.confirmExpiry(userId, attachment.id(), change.getValue());
            }
        });
        return date;
    }

    private Component actions(Attachment attachment) {
        Anchor download = new Anchor(attachment.path(), getTranslation("invoice.attachments.download"));
        download.getElement().setAttribute("download", true);
        HorizontalLayout cell = new HorizontalLayout(download);
        cell.setAlignItems(Alignment.CENTER);
        if (rights.upload()) {
            int index = current.indexOf(attachment);
            Button up = iconButton(VaadinIcon.ARROW_UP, "move-up", () -> move(index, index - 1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "move-down", () -> move(index, index + 1));
            down.setEnabled(index < current.size() - 1);
            cell.add(up, down);
        }
        if (rights.remove()) {
            Button remove = new Button(getTranslation("invoice.attachments.remove"), click -> {
                attachments.remove(userId, attachment.id());
                Notification.show(getTranslation("invoice.attachments.removed", attachment.fileName()), 2500,
                        Notification.Position.TOP_CENTER);
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("attachment-remove");
            cell.add(remove);
        }
        return cell;
    }

    private Button iconButton(VaadinIcon icon, String className, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName(className);
        button.setAriaLabel(className.replace('-', ' '));
        return button;
    }

    private void move(int from, int to) {
        List<Attachment> order = new ArrayList<>(current);
        order.add(to, order.remove(from));
        reorder(order);
    }

    private void reorder(List<Attachment> order) {
        current = attachments.reorder(userId, detail.ref(), order.stream().map(Attachment::id).toList());
        grid.setItems(current);
        changed.run();
    }

    private void refresh() {
        current = attachments.attachments(userId, detail.ref());
        grid.setItems(current);
        changed.run();
    }

    private ComboBox<DocumentType> typeSelect(DocumentType value) {
        ComboBox<DocumentType> type = new ComboBox<>();
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(item -> getTranslation("attachment-type." + item.name()));
        type.setValue(value);
        type.setPlaceholder(getTranslation("invoice.attachments.type-not-set"));
        type.setClearButtonVisible(true);
        type.setAllowCustomValue(false);
        return type;
    }

}
