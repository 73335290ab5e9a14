package com.invoicebackups;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Server-side UI tests on the real database with the demo data loaded (profile demo): a user signs in,
 * a route is opened, components are found and used as a user would.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestSchemaInitializer.class)
public abstract class KaribuTest {

    private static Routes routes;
    private static List<Class<? extends RouterLayout>> layouts;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.invoicebackups");
            // Karibu's scan sees public classes only; our views are package-private
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            scanner.findCandidateComponents("com.invoicebackups").forEach(view ->
                    routes.getRoutes().add(ClassUtils.resolveClassName(view.getBeanClassName(), null)
                            .asSubclass(Component.class)));
            var layoutScanner = new ClassPathScanningCandidateComponentProvider(false);
            layoutScanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
            layouts = layoutScanner.findCandidateComponents("com.invoicebackups").stream()
                    .map(layout -> ClassUtils.resolveClassName(layout.getBeanClassName(), null)
                            .asSubclass(RouterLayout.class))
                    .<Class<? extends RouterLayout>>map(layout -> layout)
                    .toList();
        }
    }

    /** Signs the demo user in, for Spring Security and for Vaadin's view access checks alike. */
    protected void login(String username) {
        login(username, Locale.US);
    }

    /** Signs the user in from a browser that asks for the given locale. */
    protected void login(String username, Locale browserLocale) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // the application's own holder: the static one belongs to whichever application in this JVM started last
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setLocaleInt(browserLocale);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // Karibu registers routes but not the automatic layout: every screen opens inside it, as in the browser
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        layouts.forEach(registry::setLayout);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        context.getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
