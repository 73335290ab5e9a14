package com.invoicebackups.security;

import com.invoicebackups.shared.NeedsNoActingUser;
import com.invoicebackups.company.CompanyService;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A signed-in session lasts only as long as the credentials it was opened with. Each session holds a stamp of the
 * user's password hash (a digest of it); every request compares it with the database, which every instance shares. A new password, a
 * reset (which replaces the hash) or a deactivation therefore ends every session of that user, on every instance, at
 * its next request.
 */
@Component
public class SignedInSessions {

    /** The session attribute holding the stamp the session is valid for, once it differs from the sign-in's. */
    static final String STAMP = SignedInSessions.class.getName() + ".stamp";

    private final CompanyService companies;

    SignedInSessions(CompanyService companies) {
        this.companies = companies;
    }

    /** The stamp of the user's credentials now; none when the user may not sign in (unknown or deactivated). */
    Optional<String> currentStamp(String username) {
        return companies.signInRecord(username).filter(CompanyService.SignInRecord::active)
                .map(CompanyService.SignInRecord::credentialStamp);
    }

    /** After users changed their own password: the session they did it in stays signed in, every other one ends. */
    @NeedsNoActingUser
    public void keepCurrentSession(String username) {
        HttpSession session = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest().getSession();
        session.setAttribute(STAMP, currentStamp(username).orElseThrow());
    }
}
