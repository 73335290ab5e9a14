package com.invoicebackups.document;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import com.invoicebackups.shared.WebAddress;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code invoicebackups.documents.*} (see application.properties for each one's meaning): the store that
 * keeps the documents, how the bucket of the {@code s3} store is reached, and when the sweep runs. A wrong one stops
 * the start with its name; the settings of the store not chosen are not checked.
 */
@Validated
@ConfigurationProperties("invoicebackups.documents")
record DocumentSettings(@NotNull Store store, Path dir, Path tempDir, @NotNull String sweepCron,
                        @DefaultValue Bucket s3) {

    /** Written {@code folder} or {@code s3} in the settings. */
    enum Store {
        FOLDER, S3
    }

    /** The {@code s3} store's bucket and how to reach it; what is unset is blank. */
    record Bucket(String bucket, String prefix, String endpoint, @DefaultValue("us-east-1") String region,
                  boolean pathStyle, String accessKey, String secretKey, boolean createBucket) {

        Bucket {
            bucket = Objects.requireNonNullElse(bucket, "");
            prefix = Objects.requireNonNullElse(prefix, "");
            endpoint = Objects.requireNonNullElse(endpoint, "");
            region = Objects.requireNonNullElse(region, "");
            accessKey = Objects.requireNonNullElse(accessKey, "");
            secretKey = Objects.requireNonNullElse(secretKey, "");
        }

        /** Keeps the keys out of logs and messages. */
        @Override
        public String toString() {
            return "Bucket[bucket=" + bucket + ", prefix=" + prefix + ", endpoint=" + endpoint + ", region=" + region
                    + ", pathStyle=" + pathStyle + ", createBucket=" + createBucket + "]";
        }
    }

    /** When the sweep runs: five fields (minute, hour, day, month, weekday), as crontab spells them. */
    CronSchedule sweepSchedule(ZoneId zone) {
        return new CronSchedule(sweepCron, zone, CronStyle.UNIX);
    }

    @AssertTrue(message = "invoicebackups.documents.sweep-cron must be a cron expression of five fields "
            + "(minute hour day month weekday), such as 15 3 * * *")
    boolean isSweepCronValid() {
        if (sweepCron == null) {
            return true;
        }
        try {
            sweepSchedule(ZoneOffset.UTC);
            return true;
        } catch (RuntimeException notCron) {
            // whatever the scheduler's cron parser refuses, it would refuse at the start as well
            return false;
        }
    }

    @AssertTrue(message = "the folder store needs its folder: invoicebackups.documents.dir")
    boolean isFolderNamed() {
        return store != Store.FOLDER || dir != null;
    }

    @AssertTrue(message = "the s3 store needs a bucket: set S3_BUCKET (invoicebackups.documents.s3.bucket), "
            + "a region (invoicebackups.documents.s3.region) and local room (invoicebackups.documents.temp-dir)")
    boolean isBucketNamed() {
        return store != Store.S3 || !s3.bucket().isBlank() && !s3.region().isBlank() && tempDir != null;
    }

    @AssertTrue(message = "invoicebackups.documents.s3.endpoint must be empty (AWS) or an absolute http or https "
            + "address, such as http://minio:9000")
    boolean isEndpointAbsolute() {
        return store != Store.S3 || s3.endpoint().isBlank() || WebAddress.isAbsolute(s3.endpoint());
    }

    @AssertTrue(message = "an access key needs its secret key: invoicebackups.documents.s3.secret-key")
    boolean isSecretKeyGiven() {
        return store != Store.S3 || s3.accessKey().isBlank() || !s3.secretKey().isBlank();
    }
}
