package com.invoicebackups.security;

import com.invoicebackups.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Health and metrics: served only on the management port (see management.server.port), which the operator
     * keeps to the load balancer and the metrics collector, so they need no login. On the application's own port
     * no such endpoint exists, and the path asks for a sign-in like any other.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment) throws Exception {
        http.securityMatcher(request -> request.getRequestURI().startsWith("/actuator/")
                        && !String.valueOf(request.getLocalPort()).equals(environment.getProperty("local.server.port")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignedInSessions sessions,
                                           SecurityContextHolderStrategy securityContexts) throws Exception {
        http.addFilterAfter(new EndedSessionFilter(sessions, securityContexts), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SignInFormTokenFilter(), CsrfFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // a delivery link works without an account: its token is the permission, checked by its controller
                .requestMatchers("/delivery/*", "/delivery/*/*").permitAll()
                // these controllers check the permission on each backup, attachment, invoice or audit record themselves
                .requestMatchers("/backups/*/download", "/backups/*/volumes/*/download", "/attachments/*", "/attachments/*/*",
                        "/invoices/*/document", "/owner-invoices/*/document", "/admin/audit.csv").authenticated());
        // Vaadin denies any address that is no route with a bare 403; signed in, such an address reaches the router
        // instead, which answers with the application's not-found page and a 404 (anyone else is sent to sign in)
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(anyRequest -> anyRequest.authenticated()));
        return http.build();
    }
}
