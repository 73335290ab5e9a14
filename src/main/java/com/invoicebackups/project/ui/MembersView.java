package com.invoicebackups.project.ui;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserSummary;
import com.invoicebackups.layout.ScreenGate;
import com.invoicebackups.project.Member;
import com.invoicebackups.project.Permission;
import com.invoicebackups.project.Project;
import com.invoicebackups.project.ProjectService;
import com.invoicebackups.project.Tool;
import com.invoicebackups.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's members as a matrix: one row per user, their permission on Commitments and on Prime Contracts.
 * A change is saved at once; NONE on both removes the user from the project.
 */
@Route("projects/:projectId(\\d+)/members")
@PermitAll
class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    record Row(UserSummary user, Permission commitments, Permission primeContracts) {
    }

    private final ProjectService projects;
    private final CompanyService companies;
    private final long userId;
    private final Grid<Row> grid = new Grid<>();
    private final ComboBox<UserSummary> newMember = new ComboBox<>();
    private long projectId;
    private String title = "";

    MembersView(ProjectService projects, CompanyService companies, CurrentUser currentUser) {
        this.projects = projects;
        this.companies = companies;
        this.userId = currentUser.id();
        setSizeFull();
        grid.addClassName("member-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> row.user().displayName()).setHeader(getTranslation("users.column.name")).setSortable(true);
        grid.addColumn(row -> row.user().companyName()).setHeader(getTranslation("users.column.company")).setSortable(true);
        grid.addComponentColumn(row -> permission(row, true)).setHeader(getTranslation("members.commitments"));
        grid.addComponentColumn(row -> permission(row, false)).setHeader(getTranslation("members.prime-contracts"));

        newMember.setLabel(getTranslation("members.add"));
        newMember.setItemLabelGenerator(user -> user.displayName() + " · " + user.companyName());
        newMember.setWidth("24em");
        Button add = new Button(getTranslation("members.add.button"), click -> {
            if (newMember.getValue() != null) {
                change(newMember.getValue().id(), Permission.READ_ONLY, Permission.NONE);
                newMember.clear();
            }
        });
        HorizontalLayout bar = new HorizontalLayout(newMember, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    private Select<Permission> permission(Row row, boolean commitments) {
        Select<Permission> select = new Select<>();
        select.setItems(Permission.values());
        select.setItemLabelGenerator(value -> getTranslation("permission." + value.name()));
        select.setValue(commitments ? row.commitments() : row.primeContracts());
        select.setReadOnly(!projects.mayChangePermission(userId, projectId, row.user().id(),
                commitments ? Tool.COMMITMENTS : Tool.PRIME_CONTRACTS));
        select.setAriaLabel(row.user().displayName() + " " + getTranslation(commitments ? "members.commitments"
                : "members.prime-contracts"));
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    change(row.user().id(), commitments ? change.getValue() : row.commitments(),
                            commitments ? row.primeContracts() : change.getValue());
                } catch (RuntimeException refused) {
                    reload();
                    throw refused;
                }
            }
        });
        return select;
    }

    private void change(long memberId, Permission commitments, Permission primeContracts) {
        projects.setPermissions(userId, projectId, memberId, commitments, primeContracts);
        Notification.show(getTranslation("members.saved"));
        reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = event.getRouteParameters().getLong("projectId").orElse(0L);
        ScreenGate.read(event, () -> projects.requireSetUp(userId, projectId)).ifPresent(this::show);
    }

    private void show(Project project) {
        title = getTranslation("members.title") + " · " + project.title();
        getChildren().filter(Anchor.class::isInstance).findFirst().ifPresentOrElse(link -> { },
                () -> addComponentAsFirst(new Anchor("projects/" + projectId + "/contracts",
                        getTranslation("contracts.title"))));
        reload();
    }

    private void reload() {
        List<UserSummary> users = companies.allUsers();
        Map<Long, UserSummary> byId = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        List<Member> members = projects.members(userId, projectId);
        grid.setItems(members.stream()
                .map(member -> new Row(byId.get(member.userId()), member.commitments(), member.primeContracts()))
                .sorted(java.util.Comparator.comparing(row -> row.user().displayName()))
                .toList());
        Set<Long> memberIds = members.stream().map(Member::userId).collect(Collectors.toSet());
        newMember.setItems(users.stream().filter(user -> user.active() && !memberIds.contains(user.id())).toList());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
