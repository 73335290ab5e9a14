package com.invoicebackups;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sign-in form's fields as a browser posts them, with the anti-forgery token its page carries. */
public final class SignInForm {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private SignInForm() {
    }

    /** The form body for these credentials, with the token of the sign-in page's HTML. */
    public static String body(String signInPage, String username, String password) {
        Matcher token = TOKEN.matcher(signInPage);
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no token");
        }
        return "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
