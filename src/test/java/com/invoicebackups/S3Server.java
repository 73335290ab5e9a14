package com.invoicebackups;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.util.FileSystemUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (its jar with dependencies, which the build copies to
 * {@code target/s3proxy}) in a process of its own, keeping objects in a temporary folder. One shared per test JVM,
 * started on first use and stopped when the JVM ends; each test takes a bucket of its own. A test that stops the
 * server takes one of its own.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret";

    private static S3Server running;

    private final Path folder;
    private final int port;
    private final String endpoint;
    private Process process;

    private S3Server(Path folder, int port) {
        this.folder = folder;
        this.port = port;
        this.endpoint = "http://127.0.0.1:" + port;
    }

    public static synchronized S3Server get() {
        if (running == null) {
            running = startOwn();
        }
        return running;
    }

    /** A server of the caller's own, which it may stop and start again (an outage), on the same port and data. */
    public static S3Server startOwn() {
        try {
            Path folder = Files.createTempDirectory("s3server");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            S3Server server = new S3Server(folder, port);
            Files.writeString(folder.resolve("s3proxy.conf"), String.join("\n",
                    "s3proxy.endpoint=" + server.endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + Files.createDirectories(folder.resolve("data"))));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                FileSystemUtils.deleteRecursively(folder.toFile());
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server (again) and returns once it takes connections. */
    public synchronized void start() {
        try {
            String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar, "--properties", folder.resolve("s3proxy.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("s3proxy.log").toFile())).start();
            await().alias("S3Proxy to start").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(this::takesConnections);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the started server takes connections yet; fails at once when it stopped. */
    private boolean takesConnections() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Proxy stopped: " + Files.readString(folder.resolve("s3proxy.log")));
        }
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops the server as a crash would, keeping its objects; connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public String endpoint() {
        return endpoint;
    }

    public S3Client client(ExecutionInterceptor... interceptors) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(configuration -> List.of(interceptors).forEach(configuration::addExecutionInterceptor))
                .build();
    }

    /** A new, empty bucket. */
    public String newBucket() {
        String bucket = "b-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (S3Client client = client()) {
            client.createBucket(request -> request.bucket(bucket));
        }
        return bucket;
    }

    /** The arguments that point an application instance at this server and bucket. */
    public List<String> arguments(String bucket) {
        return List.of("--invoicebackups.documents.store=s3", "--invoicebackups.documents.s3.bucket=" + bucket,
                "--invoicebackups.documents.s3.endpoint=" + endpoint, "--invoicebackups.documents.s3.path-style=true",
                "--invoicebackups.documents.s3.access-key=" + ACCESS_KEY,
                "--invoicebackups.documents.s3.secret-key=" + SECRET_KEY);
    }
}
