package com.invoicebackups.backup.ui;

import com.invoicebackups.backup.Arrangement;
import com.invoicebackups.backup.PlannedDocument;
import com.invoicebackups.backup.PlannedInvoice;
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
 * The "Customise" step: the package as a tree of contracts, their invoices and the invoices' documents, in the order
 * they will be compiled. Contracts move among contracts, invoices within their contract and documents within their
 * invoice, by drag and drop or with the arrows; any contract, invoice or document can be left out, and a document
 * given a title for the package. The invoice document stays first in its invoice.
 */
class PackageEditor extends Dialog {

    /**
     * A row of the tree: a contract (its invoice is the first one of the run it heads), an invoice, or one of its
     * documents. Changed in place until Done.
     */
    private static final class Node {
        private final boolean contract;
        private final PlannedInvoice invoice;
        private final PlannedDocument document;
        private boolean included = true;
        private String title = "";

        Node(boolean contract, PlannedInvoice invoice, PlannedDocument document) {
            this.contract = contract;
            this.invoice = invoice;
            this.document = document;
        }

        boolean isInvoice() {
            return !contract && document == null;
        }

        boolean movable() {
            return document == null || !document.key().equals(Arrangement.INVOICE_DOCUMENT);
        }
    }

    private final TreeData<Node> tree = new TreeData<>();
    private final TreeGrid<Node> grid = new TreeGrid<>();
    private Node dragged;

    PackageEditor(List<PlannedInvoice> plan, Consumer<Arrangement> done) {
        addClassName("package-editor");
        setHeaderTitle(getTranslation("editor.title"));
        setWidth("56em");
        // a contract heads each run of its invoices, so an owner backup's own documents keep their place at the end
        Node contract = null;
        for (PlannedInvoice invoice : plan) {
            if (contract == null || !contract.invoice.contractNumber().equals(invoice.contractNumber())) {
                contract = new Node(true, invoice, null);
                tree.addItem(null, contract);
            }
            Node parent = new Node(false, invoice, null);
            tree.addItem(contract, parent);
            invoice.documents().forEach(document -> tree.addItem(parent, new Node(false, invoice, document)));
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
        grid.expandRecursively(tree.getRootItems(), 2);
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
                place(dragged, Math.max(index, first(dragged)));
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
        Span label = new Span(node.contract ? node.invoice.contractNumber() + " \u00b7 " + node.invoice.company()
                : node.isInvoice() ? node.invoice.contractNumber() + " " + node.invoice.number() + " \u00b7 "
                + node.invoice.company() : node.document.name());
        label.addClassName(node.contract ? "editor-contract" : node.isInvoice() ? "editor-invoice" : "editor-document");
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
        if (node.document == null) {
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
        if (index >= first(node) && index < siblings.size()) {
            place(node, index);
        }
    }

    /** The first place a node may take: after its invoice's document, or the first of all. */
    private static int first(Node node) {
        return node.document == null ? 0 : 1;
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

    /** The tree as the compile takes it: a contract left out leaves its invoices out. */
    private Arrangement arrangement() {
        List<Arrangement.Entry> entries = new ArrayList<>();
        for (Node contract : tree.getRootItems()) {
            for (Node invoice : tree.getChildren(contract)) {
                List<Arrangement.Document> documents = tree.getChildren(invoice).stream()
                        .map(node -> new Arrangement.Document(node.document.key(), node.included, node.title)).toList();
                entries.add(new Arrangement.Entry(invoice.invoice.key(), contract.included && invoice.included,
                        documents));
            }
        }
        return new Arrangement(entries);
    }
}
