package com.invoicebackups.project.ui;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.layout.EditDialog;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Company administrators: every project, created and edited here, with links to its members and contracts. */
@Route("admin/projects")
@PermitAll
class ProjectsAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final CompanyService companies;
    private final long userId;
    private final Grid<Project> grid = new Grid<>();

    ProjectsAdminView(ProjectService projects, CompanyService companies, CurrentUser currentUser) {
        this.projects = projects;
        this.companies = companies;
        this.userId = currentUser.id();
        setSizeFull();
        Button create = new Button(getTranslation("admin.projects.new"), click -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addClassName("admin-project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Project::number).setHeader(getTranslation("projects.column.number")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Project::name).setHeader(getTranslation("projects.column.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(Project::address).setHeader(getTranslation("projects.column.address")).setFlexGrow(2);
        grid.addColumn(Project::currency).setHeader(getTranslation("projects.column.currency")).setFlexGrow(0);
        grid.addComponentColumn(project -> new HorizontalLayout(
                new Button(getTranslation("admin.projects.edit"), click -> edit(project)),
                new Anchor("projects/" + project.id() + "/members", getTranslation("members.title")),
                new Anchor("projects/" + project.id() + "/contracts", getTranslation("contracts.title"))))
                .setAutoWidth(true);
        add(create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ScreenGate.companyAdministrators(event, companies, userId)) {
            grid.setItems(projects.allProjects(userId));
        }
    }

    private void edit(Project project) {
        TextField number = new TextField(getTranslation("projects.column.number"));
        TextField name = new TextField(getTranslation("projects.column.name"));
        TextField address = new TextField(getTranslation("projects.column.address"));
        TextField currency = new TextField(getTranslation("projects.column.currency"));
        currency.setHelperText(getTranslation("projects.currency.help"));
        currency.setValue(project == null ? "USD" : project.currency());
        if (project != null) {
            number.setValue(project.number());
            name.setValue(project.name());
            address.setValue(project.address() == null ? "" : project.address());
        }
        new EditDialog(getTranslation(project == null ? "admin.projects.new" : "admin.projects.edit"), () -> {
            Project saved = projects.saveProject(userId, project == null ? null : project.id(), name.getValue(),
                    number.getValue(), address.getValue(), currency.getValue());
            Notification.show(getTranslation("admin.projects.saved", saved.title()));
            grid.setItems(projects.allProjects(userId));
        }, number, name, address, currency).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.projects.title");
    }
}
