package com.invoicebackups.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where this is built: the compose file is checked as far as reading it allows. Its services
 * and their variables must be those the README documents, every variable an instance gets must be one the
 * application reads, and the load balancer must route sticky to every app instance and check its readiness.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker/compose.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @Test
    void the_services_are_those_the_readme_lists() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services.keySet()).containsExactlyInAnyOrder("db", "s3", "s3-setup", "app1", "app2", "lb");

        String readme = section(Files.readString(Path.of("README.md")), "## Docker");
        Matcher rows = Pattern.compile("(?m)^\\| (`[a-z0-9-]+`(?:, `[a-z0-9-]+`)*) \\|").matcher(readme);
        List<String> documented = new ArrayList<>();
        while (rows.find()) {
            Matcher name = Pattern.compile("`([a-z0-9-]+)`").matcher(rows.group(1));
            while (name.find()) {
                documented.add(name.group(1));
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(services.keySet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_instance_gets_the_same_variables_each_documented_and_read_by_the_application() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, String> app1 = environment(services.get("app1"));
        assertThat(environment(services.get("app2"))).isEqualTo(app1);
        assertThat(app1).containsEntry("DOCUMENT_STORE", "s3").containsEntry("S3_ENDPOINT", "http://s3:9000")
                .containsEntry("MANAGEMENT_PORT", "8081");

        String readme = Files.readString(Path.of("README.md"));
        String docker = section(readme, "## Docker");
        String properties = Files.readString(Path.of("src/main/resources/application.properties"))
                + Files.readString(Path.of("src/main/resources/application-prod.properties"));
        for (String variable : app1.keySet()) {
            assertThat(docker).as("the README's Docker section names " + variable).contains("`" + variable + "`");
            boolean relaxedBinding = variable.startsWith("SPRING_") || variable.startsWith("INVOICEBACKUPS_");
            assertThat(relaxedBinding || properties.contains("${" + variable + ":"))
                    .as(variable + " is read by the application").isTrue();
        }
        // what compose refuses to start without is what the README tells to export; no secret is a variable
        Matcher required = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(Files.readString(COMPOSE));
        Set<String> mandatory = new java.util.TreeSet<>();
        while (required.find()) {
            mandatory.add(required.group(1));
        }
        assertThat(mandatory).containsExactlyInAnyOrder("SMTP_HOST", "MAIL_FROM");
        assertThat(docker).contains("export SMTP_HOST=... MAIL_FROM=...");
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Object variables = service.getValue().get("environment");
            Map<String, Object> environment = variables == null ? Map.of() : (Map<String, Object>) variables;
            assertThat(environment.keySet()).as(service.getKey() + " gets no secret as a variable")
                    .allSatisfy(name -> assertThat(name).matches(".*_FILE|^(?!.*(PASSWORD|SECRET|ACCESS_KEY|ROOT_USER)).*"));
            if (!service.getKey().equals("s3-setup")) {
                assertThat(service.getValue()).as(service.getKey() + " has a memory limit").containsKey("mem_limit");
            }
        }
        // each secret of an instance is a file named as a setting the application reads
        Map<String, Object> declared = (Map<String, Object>) new Yaml().<Map<String, Object>>load(
                Files.readString(COMPOSE)).get("secrets");
        for (Map<String, String> secret : (List<Map<String, String>>) services.get("app1").get("secrets")) {
            assertThat(declared).containsKey(secret.get("source"));
            String setting = secret.get("target");
            assertThat(setting.startsWith("spring.") || properties.contains("\n" + setting + "="))
                    .as(setting + " is a setting of the application").isTrue();
            assertThat(docker).contains("`" + secret.get("source") + "`");
        }
        assertThat(properties).contains("spring.config.import=optional:configtree:${SECRETS_DIR:/run/secrets}/");
        // the application's bucket key is not the object store's root; the keystores are the same on every instance
        Map<String, Object> store = (Map<String, Object>) services.get("s3").get("environment");
        assertThat(store).containsEntry("MINIO_ROOT_USER_FILE", "/run/secrets/s3_root_user");
        assertThat(services.get("app1").get("volumes").toString()).contains("./secrets/seals:/data/seals:ro");
        assertThat(Files.readString(Path.of(".gitignore"))).contains("/docker/secrets/");
        // a mail catcher, whose web UI shows every set-password link, only in the development override, on loopback
        assertThat(Files.readString(COMPOSE)).doesNotContain("mailpit");
        Map<String, Object> development = new Yaml().load(Files.readString(COMPOSE.resolveSibling("compose.dev.yaml")));
        assertThat(development.get("services").toString()).contains("mailpit", "127.0.0.1:8025:8025");
    }

    @Test
    void the_load_balancer_is_sticky_to_every_app_instance_and_checks_readiness() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String haproxy = Files.readString(Path.of("docker/haproxy.cfg"));
        // TLS ends at the balancer: plain HTTP only redirects, the scheme is the balancer's word, browsers keep to HTTPS
        assertThat(haproxy).containsPattern("(?m)^\\s+bind :8443 ssl crt /run/secrets/tls.pem")
                .containsPattern("(?m)^\\s+http-request redirect scheme https code 301 unless \\{ ssl_fc }$")
                .containsPattern("(?m)^\\s+http-request set-header X-Forwarded-Proto https$")
                .containsPattern("(?m)^\\s+http-request del-header X-Forwarded-For$")
                .containsPattern("(?m)^\\s+http-response set-header Strict-Transport-Security \"max-age=\\d+\"$")
                .containsPattern("(?m)^\\s+cookie SERVER insert indirect nocache httponly secure$");
        assertThat(haproxy).containsPattern("(?m)^\\s+cookie SERVER insert")
                .containsPattern("(?m)^\\s+option httpchk GET /actuator/health/readiness$");
        for (String app : List.of("app1", "app2")) {
            assertThat(services.get(app)).containsKey("build").containsEntry("stop_grace_period", "60s");
            assertThat(haproxy).containsPattern("(?m)^\\s+server " + app + " " + app + ":8080 check port 8081 .*cookie "
                    + app + "$");
        }
        assertThat(services.get("lb").get("volumes").toString()).contains("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");
        assertThat(Files.exists(COMPOSE.resolveSibling("haproxy.cfg"))).isTrue();
        // app2 waits for app1 to be healthy: the image's health check asks for readiness
        assertThat(Files.readString(COMPOSE.resolveSibling("Dockerfile")))
                .containsPattern("(?m)^HEALTHCHECK .*\\\n\\s+CMD \\[\"bash\", \"-c\", .*/actuator/health/readiness");
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading + "\n");
        int end = readme.indexOf("\n## ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
