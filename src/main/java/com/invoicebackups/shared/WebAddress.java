package com.invoicebackups.shared;

import java.net.URI;
import java.net.URISyntaxException;

/** Whether a setting names a web address that works as it stands, in a link or for a client. */
public final class WebAddress {

    private WebAddress() {
    }

    /**
     * True for {@code https://invoices.example.com/} and the like: http or https, with an authority. False for an
     * address without a scheme, another scheme, or text that is no URI at all. The authority is not read further, as
     * the commands' {@code http://localhost:-1} (no web server, so no link is ever made) must pass.
     */
    public static boolean isAbsolute(String address) {
        try {
            URI uri = new URI(address);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
