package com.invoicebackups.security;

import com.invoicebackups.company.CompanyService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final CompanyService companyService;

    DatabaseUserDetailsService(CompanyService companyService) {
        this.companyService = companyService;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        CompanyService.SignInRecord record = companyService.signInRecord(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new SignedInUser(username, record);
    }
}
