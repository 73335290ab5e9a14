package com.invoicebackups.layout;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import com.invoicebackups.security.CurrentUser;
import com.invoicebackups.security.SignedInSessions;
import com.invoicebackups.shared.Formats;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.terminology.Dictionary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header every signed-in page shares: product, page title (a project's screens name the project), terminology
 * and formats switches, the user and their company.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The number and date formats offered besides the browser's, as language tags. */
    static final List<String> FORMATS = List.of("en-US", "en-CA", "en-GB", "en-IE", "en-AU", "en-NZ");
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 12, 25);

    private final Span pageTitle = new Span();

    MainLayout(CurrentUser currentUser, CompanyService companyService, Dictionaries dictionaries,
               AuthenticationContext authentication, SignedInSessions sessions) {
        UserAccount user = currentUser.require();

        Anchor home = new Anchor("", getTranslation("app.name"));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("app-name");
        pageTitle.addClassName("page-title");

        Select<Dictionary> dictionary = new Select<>();
        dictionary.setAriaLabel(getTranslation("header.dictionary"));
        dictionary.setTooltipText(getTranslation("header.dictionary"));
        dictionary.setItems(dictionaries.all());
        dictionary.setItemLabelGenerator(Dictionary::label);
        dictionary.setValue(dictionaries.forLocale(getLocale()));
        dictionary.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                companyService.chooseDictionary(user.id(), event.getValue().name());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        dictionary.addClassName("dictionary-switch");
        dictionary.setWidth("12em");

        Span userName = new Span(user.displayName());
        userName.addClassName("user-name");
        Span company = new Span(companyService.company(user.companyId()).name());
        company.addClassName("user-company");
        company.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div who = new Div(userName, company);
        who.getStyle().set("display", "flex").set("flex-direction", "column").set("white-space", "nowrap")
                .set("line-height", "1.2");
        Button password = new Button(getTranslation("header.password"),
                click -> new ChangePasswordDialog(companyService, sessions, user).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button(getTranslation("header.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout right = new HorizontalLayout(dictionary, formats(companyService, user), who, password, signOut);
        if (companyService.isCompanyAdministrator(user.id())) {
            right.addComponentAsFirst(administrationMenu());
        }
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(home, pageTitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(pageTitle);
        bar.addClassName("app-header");
        addToNavbar(bar);
        setDrawerOpened(false);
    }

    /** Blank for the browser's formats; each choice is labelled with how it writes a date. */
    private Select<String> formats(CompanyService companyService, UserAccount user) {
        Select<String> formats = new Select<>();
        formats.setAriaLabel(getTranslation("header.formats"));
        formats.setTooltipText(getTranslation("header.formats"));
        List<String> choices = new ArrayList<>(List.of(""));
        choices.addAll(FORMATS);
        formats.setItems(choices);
        formats.setItemLabelGenerator(tag -> tag.isEmpty() ? getTranslation("header.formats.browser")
                : Locale.forLanguageTag(tag).getDisplayCountry(Locale.ENGLISH) + " · "
                + Formats.of(Locale.forLanguageTag(tag)).date(SAMPLE_DAY));
        formats.setValue(user.formatLocale() == null ? "" : user.formatLocale());
        formats.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                companyService.chooseFormats(user.id(), event.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        formats.addClassName("formats-switch");
        formats.setWidth("16.5em");
        return formats;
    }

    private MenuBar administrationMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("administration-menu");
        SubMenu items = menu.addItem(getTranslation("header.administration")).getSubMenu();
        for (String page : new String[] {"companies", "users", "projects", "audit"}) {
            items.addItem(getTranslation("header.administration." + page),
                    click -> UI.getCurrent().navigate("admin/" + page));
        }
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        UI.getCurrent().getPage().setTitle(pageTitle.getText() + " | " + getTranslation("app.name"));
    }
}
