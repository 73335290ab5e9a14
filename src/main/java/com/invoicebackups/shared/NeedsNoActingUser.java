package com.invoicebackups.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method (or every method of a type) that screens may call without naming who acts: it reads nothing
 * private (words, limits, the installation's directory of company and user names), or it is the signed-in user
 * itself, or the credential it takes (a one-time link, the signed-in user's own session) is who acts. Every other method a screen
 * calls takes the acting user's id first and checks their access itself.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NeedsNoActingUser {
}
