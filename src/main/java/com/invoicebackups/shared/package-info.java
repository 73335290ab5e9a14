/** The shared kernel: money, natural order, base entity and rule violations. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.invoicebackups.shared;
