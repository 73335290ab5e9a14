package com.invoicebackups.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings {@code invoicebackups.demo.*}, read in the demo run only: whether the large data set is loaded, and
 * whether an earlier owner backup is sent to the owner at the first load. A value that is no boolean stops the start
 * with its name.
 */
@ConfigurationProperties("invoicebackups.demo")
record DemoSettings(boolean large, @DefaultValue("true") boolean deliveredPackage) {
}
