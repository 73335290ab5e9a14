package com.invoicebackups.shared;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The site's settings, for every module that writes links to the product. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteSettings.class)
class SiteConfig {
}
