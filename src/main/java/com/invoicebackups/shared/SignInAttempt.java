package com.invoicebackups.shared;

/** A password sign-in: succeeded, failed, or slowed down or refused unchecked after repeated failures. */
public record SignInAttempt(String username, String address, Outcome outcome, String detail) {

    public enum Outcome { SUCCEEDED, FAILED, THROTTLED }
}
