package com.invoicebackups.security;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import com.invoicebackups.shared.NeedsNoActingUser;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request: who acts. */
@Component
@NeedsNoActingUser
public class CurrentUser {

    private final CompanyService companyService;
    /** This application's holder (Vaadin's, as a bean): the static one is the last started application's. */
    private final SecurityContextHolderStrategy securityContexts;

    CurrentUser(CompanyService companyService, SecurityContextHolderStrategy securityContexts) {
        this.companyService = companyService;
        this.securityContexts = securityContexts;
    }

    public UserAccount require() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return companyService.findUser(authentication.getName()).filter(UserAccount::active)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown or deactivated user"));
    }

    /** The signed-in user, if any and active. */
    public java.util.Optional<UserAccount> find() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return java.util.Optional.empty();
        }
        return companyService.findUser(authentication.getName()).filter(UserAccount::active);
    }

    public long id() {
        return require().id();
    }
}
