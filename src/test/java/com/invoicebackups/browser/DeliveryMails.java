package com.invoicebackups.browser;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The personal delivery links GreenMail received. */
final class DeliveryMails {

    private static final Pattern LINK = Pattern.compile("delivery/([A-Za-z0-9_-]{43})");

    private DeliveryMails() {
    }

    /** The token of the delivery link mailed to an address of this domain, waiting up to 30 s for the mail. */
    static String token(GreenMailExtension smtp, String domain) {
        return await().alias("a delivery link mailed to " + domain).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> firstToken(smtp.getReceivedMessagesForDomain(domain)), Objects::nonNull);
    }

    /** The token of the first delivery link in these mails; null when none holds one. */
    private static String firstToken(MimeMessage[] messages) {
        for (var message : messages) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
            if (link.find()) {
                return link.group(1);
            }
        }
        return null;
    }
}
