package com.invoicebackups.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because too many have failed lately. */
public class SignInThrottled extends AuthenticationException {

    private final long seconds;

    SignInThrottled(long seconds) {
        super("Too many failed sign-ins; try again in " + seconds + " s");
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }
}
