package com.invoicebackups.company;

import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Companies and the people who work for them. */
@Service
@Transactional
public class CompanyService {

    private final CompanyRepository companies;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    CompanyService(CompanyRepository companies, UserRepository users, PasswordEncoder passwordEncoder) {
        this.companies = companies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public Company createCompany(String name, CompanyKind kind, String dictionary) {
        return companies.save(new CompanyEntity(name, kind, dictionary)).toRecord();
    }

    public UserAccount createUser(String username, String displayName, String email, long companyId,
                                  String rawPassword) {
        if (users.findByUsername(username).isPresent()) {
            throw new RuleViolation("user.error.taken", username);
        }
        CompanyEntity company = companies.findById(companyId).orElseThrow(() -> new NotFound("company", companyId));
        return users.save(new UserEntity(username, displayName, email, company, passwordEncoder.encode(rawPassword)))
                .toRecord();
    }

    /**
     * The first company and its administrator, on an empty database only: once anyone can sign in, further
     * users are added by an administrator.
     */
    public UserAccount createFirstAdministrator(String companyName, String username, String displayName, String email,
                                                String rawPassword) {
        if (users.count() > 0) {
            throw new RuleViolation("admin.error.exists");
        }
        if (rawPassword == null || rawPassword.length() < 12) {
            throw new RuleViolation("admin.error.password");
        }
        if (blank(companyName) || blank(username) || blank(displayName) || blank(email)) {
            throw new RuleViolation("admin.error.missing");
        }
        Company company = createCompany(companyName.strip(), CompanyKind.GENERAL_CONTRACTOR, "gc");
        UserAccount admin = createUser(username.strip(), displayName.strip(), email.strip(), company.id(), rawPassword);
        users.findById(admin.id()).orElseThrow().makeCompanyAdministrator();
        return admin;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findUser(String username) {
        return users.findByUsername(username).map(UserEntity::toRecord);
    }

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        return users.findById(id).map(UserEntity::toRecord).orElseThrow(() -> new NotFound("user", id));
    }

    @Transactional(readOnly = true)
    public Optional<String> passwordHash(String username) {
        return users.findByUsername(username).map(UserEntity::getPasswordHash);
    }

    @Transactional(readOnly = true)
    public Company company(long id) {
        return companies.findById(id).map(CompanyEntity::toRecord).orElseThrow(() -> new NotFound("company", id));
    }

    public void chooseDictionary(long userId, String dictionary) {
        users.findById(userId).orElseThrow(() -> new NotFound("user", userId)).chooseDictionary(dictionary);
    }
}
