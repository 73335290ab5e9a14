package com.invoicebackups.security;

import com.invoicebackups.company.CompanyService;
import com.invoicebackups.company.UserAccount;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request. */
@Component
public class CurrentUser {

    private final CompanyService companyService;

    CurrentUser(CompanyService companyService) {
        this.companyService = companyService;
    }

    public UserAccount require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return companyService.findUser(authentication.getName())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user"));
    }

    public long id() {
        return require().id();
    }
}
