package com.invoicebackups.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.invoicebackups.TestInstances;
import com.invoicebackups.backup.BackupKind;
import com.invoicebackups.backup.BackupOptions;
import com.invoicebackups.backup.BackupService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one database, as behind a load balancer: the screen is open on one, which runs no jobs, and
 * the backup is compiled by the other. Its progress and its finished alert still reach the page, the alert
 * within two seconds of the backup finishing.
 */
class ProgressAcrossInstancesBrowserIT {

    @Test
    void the_screen_on_one_instance_shows_the_backup_compiled_by_the_other() throws Exception {
        try (TestInstances instances = new TestInstances()) {
            ConfigurableApplicationContext screen = instances.startWithoutJobs("--spring.profiles.active=demo");
            instances.start("--spring.profiles.active=demo");
            JdbcClient jdbc = screen.getBean(JdbcClient.class);
            long projectId = jdbc.sql("select id from project where number = '2024-017'").query(Long.class).single();
            long adminId = jdbc.sql("select id from app_user where username = 'admin'").query(Long.class).single();
            List<Long> invoiceIds = jdbc.sql("""
                    select i.id from subcontractor_invoice i join subcontract s on s.id = i.subcontract_id
                    where s.project_id = ? and i.status = 'APPROVED' and s.private_contract = false
                    order by i.id limit 12""").param(projectId).query(Long.class).list();

            try (Browser browser = new Browser(port(screen), "1400,900")) {
                browser.signIn("admin", "admin");
                browser.open("projects/" + projectId + "/invoicing");
                browser.wait.until(driver -> browser.script("return !!document.querySelector('vaadin-grid.invoice-grid')"));
                browser.script("""
                        window.seen = {};
                        new MutationObserver(() => {
                          for (const kind of ['backup-running', 'backup-succeeded']) {
                            if (!window.seen[kind] && document.querySelector('.' + kind)) { window.seen[kind] = Date.now(); }
                          }
                        }).observe(document.body, {childList: true, subtree: true, attributes: true});""");

                long backupId = screen.getBean(BackupService.class).request(adminId, projectId, BackupKind.SUBCONTRACTOR,
                        invoiceIds, BackupOptions.ALL.sealed(false)).id();
                long finishedSeen = 0;
                for (int wait = 0; wait < 1200 && finishedSeen == 0; wait++) {
                    String status = jdbc.sql("select status from backup where id = ?").param(backupId)
                            .query(String.class).single();
                    if (status.startsWith("SUCCEEDED") || status.equals("FAILED")) {
                        finishedSeen = System.currentTimeMillis();
                    } else {
                        Thread.sleep(50);
                    }
                }
                assertThat(finishedSeen).as("the backup finished on the other instance").isPositive();
                assertThat(jdbc.sql("select status from backup where id = ?").param(backupId).query(String.class).single())
                        .startsWith("SUCCEEDED");

                browser.wait.until(driver -> browser.script("return !!window.seen['backup-succeeded']"));
                long alertShown = ((Number) browser.script("return window.seen['backup-succeeded']")).longValue();
                assertThat(alertShown - finishedSeen).as("milliseconds from finished to the alert on the page")
                        .isLessThan(2000);
                assertThat(browser.script("return !!window.seen['backup-running']")).as("progress was shown").isEqualTo(true);
                assertThat(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".backup-succeeded")).getText())
                        .contains("Invoice backup compiled");
            }
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
