package com.invoicebackups.project.ui;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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

    ProjectListView(ProjectService projectService, CurrentUser currentUser, CompanyService companies) {
        setSizeFull();
        List<Project> projects = projectService.visibleProjects(currentUser.id());
        if (projects.isEmpty()) {
            firstRun(currentUser.require(), companies);
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

    /** No project yet: an administrator is led to the projects' administration, anyone else told whom to ask. */
    private void firstRun(UserAccount user, CompanyService companies) {
        Paragraph next = new Paragraph();
        next.addClassName("projects-empty-next");
        if (companies.isCompanyAdministrator(user.id())) {
            Anchor administration = new Anchor("admin/projects", getTranslation("projects.empty.administer-link"));
            administration.getElement().setAttribute("router-link", true);
            next.add(getTranslation("projects.empty.administer") + " ");
            next.add(administration);
        } else {
            List<String> administrators = companies.administratorNames(user.companyId());
            String company = companies.company(user.companyId()).name();
            next.setText(administrators.isEmpty() ? getTranslation("projects.empty.ask-anyone", company)
                    : getTranslation("projects.empty.ask", administrators.size(), String.join(", ", administrators),
                    company));
        }
        Paragraph empty = new Paragraph(getTranslation("projects.empty"));
        empty.addClassName("projects-empty");
        add(new com.vaadin.flow.component.html.Div(empty, next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title");
    }
}
