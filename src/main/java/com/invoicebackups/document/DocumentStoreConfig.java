package com.invoicebackups.document;

import java.io.IOException;
import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentStoreConfig {

    @Bean
    DocumentStore documentStore(DocumentSettings settings) throws IOException {
        return switch (settings.store()) {
            case FOLDER -> new FolderDocumentStore(settings.dir());
            case S3 -> s3(settings);
        };
    }

    private static DocumentStore s3(DocumentSettings settings) throws IOException {
        DocumentSettings.Bucket bucket = settings.s3();
        S3Client client = client(bucket);
        if (bucket.createBucket()) {
            S3DocumentStore.createBucketIfAbsent(client, bucket.bucket());
        }
        return new S3DocumentStore(client, bucket.bucket(), bucket.prefix(), settings.tempDir());
    }

    /** Credentials from the settings when given, otherwise from the usual AWS sources (environment, profile, role). */
    private static S3Client client(DocumentSettings.Bucket bucket) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(bucket.region()))
                .forcePathStyle(bucket.pathStyle())
                // S3-compatible servers do not all know the newer checksum headers: send them only where required
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!bucket.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(bucket.endpoint()));
        }
        builder.credentialsProvider(bucket.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(bucket.accessKey(), bucket.secretKey())));
        return builder.build();
    }
}
