package com.invoicebackups.project.ui;

import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The projects the user is a member of; choosing one opens its Invoicing screen. */
@Route("")
@PermitAll
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    ProjectListView(ProjectService projectService, CurrentUser currentUser) {
        setSizeFull();
        List<Project> projects = projectService.visibleProjects(currentUser.id());
        if (projects.isEmpty()) {
            add(new Paragraph(getTranslation("projects.empty")));
            return;
        }
        Grid<Project> grid = new Grid<>();
        grid.addClassName("project-grid");
        grid.addColumn(Project::number).setHeader(getTranslation("projects.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Project::name).setHeader(getTranslation("projects.column.name")).setFlexGrow(2);
        grid.addColumn(Project::address).setHeader(getTranslation("projects.column.address")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(projects);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui ->
                ui.navigate("projects/" + click.getItem().id() + "/invoicing")));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title");
    }
}
