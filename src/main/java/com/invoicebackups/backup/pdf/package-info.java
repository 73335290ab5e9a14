/**
 * The backup engine: framework-free PDF compilation, exposed for the command line and the job.
 */
@org.springframework.modulith.NamedInterface("pdf")
package com.invoicebackups.backup.pdf;
