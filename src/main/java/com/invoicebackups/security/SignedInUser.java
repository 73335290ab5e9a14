package com.invoicebackups.security;

import com.invoicebackups.company.CompanyService;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session, with the stamp of the credentials it signed in with. */
class SignedInUser extends User {

    private final String stamp;

    SignedInUser(String username, CompanyService.SignInRecord record) {
        super(username, record.passwordHash(), record.active(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.stamp = record.credentialStamp();
    }

    String stamp() {
        return stamp;
    }
}
