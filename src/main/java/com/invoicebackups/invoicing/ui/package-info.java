/**
 * The invoicing screens. {@link com.invoicebackups.invoicing.ui.BackupActions}, what the Invoicing screen offers for
 * backups, is provided by the backup feature's screens: the package is open to them as the named interface "ui".
 */
@org.springframework.modulith.NamedInterface("ui")
package com.invoicebackups.invoicing.ui;
