package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Arrangement;
import com.invoicebackups.backup.BackupAssembler.PlannedDocument;
import com.invoicebackups.backup.BackupAssembler.PlannedInvoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "Customise" step: the package as a tree of invoices (contract and number) and their documents, in the order
 * they will be compiled. Invoices move among invoices and documents within their invoice, by drag and drop or with
 * the arrows; any invoice or document can be left out, and a document given a title for the package. The invoice
 * document stays first in its invoice.
 */
class PackageEditor extends Dialog {

    /** A row of the tree: an invoice, or one of its documents. Changed in place until Done. */
    private static final class Node {
        private final PlannedInvoice invoice;
        private final PlannedDocument document;
        private boolean included = true;
        private String title = "";

        Node(PlannedInvoice invoice, PlannedDocument document) {
            this.invoice = invoice;
            this.document = document;
        }

        boolean isInvoice() {
            return document == null;
        }

        boolean movable() {
            return isInvoice() || !document.key().equals(Arrangement.INVOICE_DOCUMENT);
        }
    }

    private final TreeData<Node> tree = new TreeData<>();
    private final TreeGrid<Node> grid = new TreeGrid<>();
    private Node dragged;

    PackageEditor(List<PlannedInvoice> plan, Consumer<Arrangement> done) {
        addClassName("package-editor");
        setHeaderTitle(getTranslation("editor.title"));
        setWidth("56em");
        for (PlannedInvoice invoice : plan) {
            Node parent = new Node(invoice, null);
            tree.addItem(null, parent);
            invoice.documents().forEach(document -> tree.addItem(parent, new Node(invoice, document)));
        }
        grid.setDataProvider(new TreeDataProvider<>(tree));
        grid.addClassName("package-tree");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentHierarchyColumn(this::label).setHeader(getTranslation("editor.column.package")).setFlexGrow(3)
                .setKey("package");
        grid.addComponentColumn(this::included).setHeader(getTranslation("editor.column.include")).setAutoWidth(true)
                .setFlexGrow(0).setKey("include");
        grid.addComponentColumn(this::title).setHeader(getTranslation("editor.column.title")).setFlexGrow(2)
                .setKey("title");
        grid.addComponentColumn(this::arrows).setAutoWidth(true).setFlexGrow(0).setKey("arrows");
        grid.expandRecursively(tree.getRootItems(), 1);
        grid.setHeight("28em");
        grid.setRowsDraggable(true);
        grid.addDragStartListener(start -> {
            dragged = start.getDraggedItems().getFirst();
            grid.setDropMode(dragged.movable() ? GridDropMode.BETWEEN : null);
        });
        grid.addDragEndListener(end -> {
            dragged = null;
            grid.setDropMode(null);
        });
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged != target && sameLevel(dragged, target)) {
                List<Node> siblings = siblings(dragged);
                siblings.remove(dragged);
                int index = siblings.indexOf(target) + (drop.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                place(dragged, Math.max(index, dragged.isInvoice() ? 0 : 1));
            }
        }));
        add(new Paragraph(getTranslation("editor.intro")), grid);
        Button cancel = new Button(getTranslation("compile.cancel"), click -> close());
        Button finish = new Button(getTranslation("editor.done"), click -> {
            done.accept(arrangement());
            close();
        });
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finish.addClassName("editor-done");
        getFooter().add(cancel, finish);
    }

    private Component label(Node node) {
        Span label = new Span(node.isInvoice() ? node.invoice.contractNumber() + " " + node.invoice.number() + " \u00b7 "
                + node.invoice.company() : node.document.name());
        label.addClassName(node.isInvoice() ? "editor-invoice" : "editor-document");
        return label;
    }

    private Checkbox included(Node node) {
        Checkbox included = new Checkbox(node.included);
        included.setAriaLabel(getTranslation("editor.column.include"));
        included.addClassName("editor-include");
        included.addValueChangeListener(change -> node.included = change.getValue());
        return included;
    }

    private Component title(Node node) {
        if (node.isInvoice()) {
            return new Span();
        }
        TextField title = new TextField();
        title.setWidthFull();
        title.setPlaceholder(node.document.name());
        title.setValue(node.title);
        title.setAriaLabel(getTranslation("editor.column.title"));
        title.addClassName("editor-title");
        title.addValueChangeListener(change -> node.title = change.getValue());
        return title;
    }

    private Component arrows(Node node) {
        if (!node.movable()) {
            return new Span();
        }
        Button up = new Button("\u2191", click -> move(node, -1));
        Button down = new Button("\u2193", click -> move(node, 1));
        up.setAriaLabel(getTranslation("editor.up"));
        down.setAriaLabel(getTranslation("editor.down"));
        up.addClassName("editor-up");
        down.addClassName("editor-down");
        for (Button button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down);
    }

    private void move(Node node, int step) {
        List<Node> siblings = siblings(node);
        int index = siblings.indexOf(node) + step;
        if (index >= (node.isInvoice() ? 0 : 1) && index < siblings.size()) {
            siblings.remove(node);
            place(node, index);
        }
    }

    /** Puts the node at {@code index} among its siblings (as they are without it). */
    private void place(Node node, int index) {
        Node parent = tree.getParent(node);
        List<Node> others = new ArrayList<>(siblings(node));
        others.remove(node);
        int at = Math.min(index, others.size());
        if (at == 0) {
            tree.moveAfterSibling(node, null);
        } else {
            tree.moveAfterSibling(node, others.get(at - 1));
        }
        grid.getDataProvider().refreshAll();
        if (parent != null) {
            grid.expand(parent);
        }
    }

    private List<Node> siblings(Node node) {
        return new ArrayList<>(tree.getChildren(tree.getParent(node)));
    }

    private boolean sameLevel(Node moved, Node target) {
        return moved.movable() && target.movable() && tree.getParent(moved) == tree.getParent(target);
    }

    private Arrangement arrangement() {
        List<Arrangement.Entry> entries = new ArrayList<>();
        for (Node invoice : tree.getRootItems()) {
            List<Arrangement.Document> documents = tree.getChildren(invoice).stream()
                    .map(node -> new Arrangement.Document(node.document.key(), node.included, node.title)).toList();
            entries.add(new Arrangement.Entry(invoice.invoice.key(), invoice.included, documents));
        }
        return new Arrangement(entries);
    }
}
