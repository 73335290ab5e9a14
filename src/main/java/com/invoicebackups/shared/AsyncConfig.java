package com.invoicebackups.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Module listeners ({@code @ApplicationModuleListener}) run after the commit on a thread of their own. */
@Configuration
@EnableAsync
class AsyncConfig {
}
