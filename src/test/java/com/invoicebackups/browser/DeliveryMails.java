package com.invoicebackups.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The personal delivery links GreenMail received. */
final class DeliveryMails {

    private static final Pattern LINK = Pattern.compile("delivery/([A-Za-z0-9_-]{43})");

    private DeliveryMails() {
    }

    /** The token of the delivery link mailed to an address of this domain, waiting up to 30 s for the mail. */
    static String token(GreenMailExtension smtp, String domain) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (var message : smtp.getReceivedMessagesForDomain(domain)) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
                if (link.find()) {
                    return link.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no delivery link mailed to " + domain);
    }
}
