package com.invoicebackups.invoicing.ui;

import com.invoicebackups.invoicing.DocumentRule;
import com.invoicebackups.invoicing.DocumentRules;
import com.invoicebackups.invoicing.DocumentType;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.shared.NotFound;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents each subcontractor invoice of a project must carry, and whether an invoice not approved blocks the
 * compile, checked before every compile. Administrators of Commitments edit both and save them at once; other members
 * read them.
 */
@Route("projects/:projectId(\\d+)/document-rules")
@PermitAll
class DocumentRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentRules rules;
    private final ProjectService projects;
    private final long userId;
    private final Grid<Row> grid = new Grid<>();
    private final List<Row> edited = new ArrayList<>();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Checkbox unapprovedBlocks = new Checkbox();
    private long projectId;
    private boolean editable;
    private String title = "";

    DocumentRulesView(DocumentRules rules, ProjectService projects, CurrentUser currentUser) {
        this.rules = rules;
        this.projects = projects;
        this.userId = currentUser.id();
        setSizeFull();
        grid.addClassName("document-rule-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("rules.empty"));
        grid.addComponentColumn(row -> editable ? typeSelect(row) : new Paragraph(
                getTranslation("attachment-type." + row.type.name())))
                .setHeader(getTranslation("rules.column.type")).setFlexGrow(2);
        grid.addComponentColumn(row -> editable ? scopeSelect(row) : new Paragraph(
                getTranslation("rules.applies." + row.appliesTo.name())))
                .setHeader(getTranslation("rules.column.applies")).setFlexGrow(2);
        grid.addComponentColumn(this::blocking).setHeader(getTranslation("rules.column.blocking")).setFlexGrow(1);
        grid.addComponentColumn(row -> {
            Button remove = new Button(getTranslation("rules.remove"), click -> {
                edited.remove(row);
                grid.setItems(edited);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(editable);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        add.setText(getTranslation("rules.add"));
        add.addClickListener(click -> {
            edited.add(new Row(new DocumentRule(DocumentType.LIEN_WAIVER, DocumentRule.AppliesTo.EVERY_INVOICE, false)));
            grid.setItems(edited);
        });
        save.setText(getTranslation("rules.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            show(rules.save(userId, projectId, edited.stream().map(Row::rule).toList(), unapprovedBlocks.getValue()));
            Notification.show(getTranslation("rules.saved"));
        });
        unapprovedBlocks.setLabel(getTranslation("rules.unapproved-blocks"));
        unapprovedBlocks.addClassName("unapproved-blocks");
        add(new Paragraph(getTranslation("rules.intro")), grid, unapprovedBlocks, new HorizontalLayout(add, save));
    }

    /** One rule being edited: the grid's editors change it in place until Save. */
    private static final class Row {
        private DocumentType type;
        private DocumentRule.AppliesTo appliesTo;
        private boolean blocking;

        Row(DocumentRule rule) {
            type = rule.documentType();
            appliesTo = rule.appliesTo();
            blocking = rule.blocking();
        }

        DocumentRule rule() {
            return new DocumentRule(type, appliesTo, blocking);
        }
    }

    private void show(List<DocumentRule> saved) {
        edited.clear();
        saved.forEach(rule -> edited.add(new Row(rule)));
        grid.setItems(edited);
    }

    private Select<DocumentType> typeSelect(Row row) {
        Select<DocumentType> type = new Select<>();
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(value -> getTranslation("attachment-type." + value.name()));
        type.setValue(row.type);
        type.setAriaLabel(getTranslation("rules.column.type"));
        type.addValueChangeListener(change -> row.type = change.getValue());
        return type;
    }

    private Select<DocumentRule.AppliesTo> scopeSelect(Row row) {
        Select<DocumentRule.AppliesTo> scope = new Select<>();
        scope.setItems(DocumentRule.AppliesTo.values());
        scope.setItemLabelGenerator(value -> getTranslation("rules.applies." + value.name()));
        scope.setValue(row.appliesTo);
        scope.setAriaLabel(getTranslation("rules.column.applies"));
        scope.addValueChangeListener(change -> row.appliesTo = change.getValue());
        return scope;
    }

    private Checkbox blocking(Row row) {
        Checkbox blocking = new Checkbox(getTranslation("rules.blocks"), row.blocking);
        blocking.setReadOnly(!editable);
        blocking.addValueChangeListener(change -> row.blocking = change.getValue());
        return blocking;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(0L);
        try {
            show(rules.rules(userId, projectId));
            unapprovedBlocks.setValue(rules.unapprovedBlocks(userId, projectId));
            editable = projects.access(userId, projectId).isAdmin(Tool.COMMITMENTS);
        } catch (NotFound | org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("rules.title") + " · " + projects.project(userId, projectId).title();
        add.setVisible(editable);
        save.setVisible(editable);
        unapprovedBlocks.setReadOnly(!editable);
        getChildren().filter(Anchor.class::isInstance).findFirst().ifPresentOrElse(link -> { },
                () -> addComponentAsFirst(new Anchor("projects/" + projectId + "/invoicing",
                        getTranslation("rules.back"))));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
