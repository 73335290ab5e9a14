package com.invoicebackups.document;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The document store named by {@code invoicebackups.documents.store}: {@code folder} (the default, one machine) or
 * {@code s3} (any number of instances sharing one bucket).
 */
@Configuration
class DocumentStoreConfig {

    @Bean
    DocumentStore documentStore(@Value("${invoicebackups.documents.store}") String store, Environment environment)
            throws IOException {
        return switch (store) {
            case "folder" -> new FolderDocumentStore(Path.of(environment.getRequiredProperty("invoicebackups.documents.dir")));
            case "s3" -> s3(environment);
            default -> throw new IllegalStateException(
                    "invoicebackups.documents.store must be folder or s3, not " + store);
        };
    }

    private static DocumentStore s3(Environment environment) throws IOException {
        String bucket = environment.getProperty("invoicebackups.documents.s3.bucket", "");
        if (bucket.isBlank()) {
            throw new IllegalStateException("The s3 document store needs a bucket: set S3_BUCKET"
                    + " (invoicebackups.documents.s3.bucket)");
        }
        S3Client client = client(environment);
        if (environment.getProperty("invoicebackups.documents.s3.create-bucket", Boolean.class, false)) {
            S3DocumentStore.createBucketIfAbsent(client, bucket);
        }
        return new S3DocumentStore(client, bucket, environment.getProperty("invoicebackups.documents.s3.prefix", ""),
                Path.of(environment.getRequiredProperty("invoicebackups.documents.temp-dir")));
    }

    /** Credentials from the properties when given, otherwise from the usual AWS sources (environment, profile, role). */
    static S3Client client(Environment environment) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(environment.getProperty("invoicebackups.documents.s3.region", "us-east-1")))
                .forcePathStyle(environment.getProperty("invoicebackups.documents.s3.path-style", Boolean.class, false))
                // S3-compatible servers do not all know the newer checksum headers: send them only where required
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        String endpoint = environment.getProperty("invoicebackups.documents.s3.endpoint", "");
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        String accessKey = environment.getProperty("invoicebackups.documents.s3.access-key", "");
        builder.credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey,
                environment.getRequiredProperty("invoicebackups.documents.s3.secret-key"))));
        return builder.build();
    }
}
