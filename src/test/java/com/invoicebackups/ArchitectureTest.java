package com.invoicebackups;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.invoicebackups.shared.NeedsNoActingUser;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** Boundaries that the compiler alone does not hold. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.invoicebackups");

    /**
     * A screen acts for its signed-in user, so every service method it calls takes that user's id first and checks
     * their access itself; methods that change data for whoever calls them (test data, the demo loader, other
     * services) stay out of its reach. The few that need no acting user say so.
     */
    @Test
    void screens_call_only_service_methods_that_take_the_acting_user() {
        ArchRuleDefinition.classes().that().resideInAnyPackage("..ui..", "..layout..")
                .should(new ArchCondition<>("call only service methods that take the acting user's id first") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass screen, ConditionEvents events) {
                        for (JavaMethodCall call : screen.getMethodCallsFromSelf()) {
                            var owner = call.getTargetOwner();
                            boolean service = owner.isAnnotatedWith(Service.class)
                                    || owner.isAnnotatedWith(Component.class)
                                    && !owner.getPackageName().contains(".ui") && !owner.getPackageName().endsWith(".layout");
                            if (!service || !owner.getPackageName().startsWith("com.invoicebackups")) {
                                continue;
                            }
                            JavaCodeUnit target = call.getTarget().resolveMember().orElse(null);
                            if (target == null || target.isAnnotatedWith(NeedsNoActingUser.class)
                                    || owner.isAnnotatedWith(NeedsNoActingUser.class)) {
                                continue;
                            }
                            boolean actingUserFirst = actingUserFirst(target);
                            if (!actingUserFirst) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    /** The first parameter is the acting user's id: a long named userId or actorId (compiled with -parameters). */
    private static boolean actingUserFirst(JavaCodeUnit target) {
        if (target.getRawParameterTypes().isEmpty() || !target.getRawParameterTypes().getFirst().isEquivalentTo(long.class)) {
            return false;
        }
        var parameter = ((java.lang.reflect.Executable) target.reflect()).getParameters()[0];
        return parameter.isNamePresent() && java.util.Set.of("userId", "actorId").contains(parameter.getName());
    }

    @Test
    void screens_call_no_repository() {
        noClasses().that().resideInAnyPackage("..ui..", "..layout..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(MAIN);
    }

    /** Screens are Vaadin; the rest of the product knows nothing of it, but the wiring that hands Vaadin its security. */
    @Test
    void vaadin_only_in_screens() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..layout..")
                .and().doNotHaveFullyQualifiedName("com.invoicebackups.security.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(MAIN);
    }

    @Test
    void the_pdf_engine_knows_no_framework() {
        noClasses().that().resideInAPackage("com.invoicebackups.backup.pdf..")
                .should().dependOnClassesThat(DescribedPredicate.describe("Spring, Jakarta or JPA types",
                        // the package's named-interface marker is metadata for the module check, not a dependency
                        type -> type.getPackageName().startsWith("org.springframework")
                                && !type.getPackageName().startsWith("org.springframework.modulith")
                                || type.getPackageName().startsWith("jakarta.")
                                || type.getPackageName().startsWith("org.hibernate")))
                .check(MAIN);
    }

    /**
     * The engine speaks its own types and the shared kernel's; the backup module translates other modules' types
     * (dictionaries, pay applications) into the engine's.
     */
    @Test
    void the_pdf_engine_knows_no_other_module() {
        noClasses().that().resideInAPackage("com.invoicebackups.backup.pdf..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are types of another module",
                        type -> within(type, "com.invoicebackups") && !within(type, "com.invoicebackups.backup.pdf")
                                && !within(type, "com.invoicebackups.shared")))
                .check(MAIN);
    }

    /** In the package or one below it. */
    private static boolean within(JavaClass type, String packageName) {
        return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
    }
}
