package com.invoicebackups;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails the build when one feature reaches into another's internals or two features depend on each other. */
class ModularityTest {

    @Test
    void module_boundaries_hold() {
        ApplicationModules.of(Application.class).verify();
    }
}
