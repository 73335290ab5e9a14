package com.invoicebackups.company;

import com.invoicebackups.shared.AdministrativeChange;
import com.invoicebackups.shared.AuditChanges;
import com.invoicebackups.shared.NeedsNoActingUser;
import com.invoicebackups.terminology.Dictionaries;
import com.invoicebackups.shared.NotFound;
import com.invoicebackups.shared.RuleViolation;
import com.invoicebackups.shared.SecretTokens;
import com.invoicebackups.shared.SiteSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies and the people who work for them. Company administrators add and change both; every such
 * change is published for the audit trail.
 */
@Service
@Transactional
public class CompanyService {

    static final Duration PASSWORD_LINK_LIFETIME = Duration.ofDays(3);
    static final String PASSWORD_LINK_PATH = "set-password/";

    private final CompanyRepository companies;
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Whether a mail server is configured: without one a set-password link is handed to the administrator. */
    private final boolean mailConfigured;
    private final SiteSettings site;

    private final Dictionaries dictionaries;

    /**
     * @param mailServer {@code spring.mail.*} as Spring Boot binds it, which it does only when a mail host or JNDI
     *                   name is given at all; a blank host counts as none
     */
    CompanyService(CompanyRepository companies, UserRepository users, PasswordEncoder passwordEncoder,
                   ApplicationEventPublisher events, Clock clock, ObjectProvider<MailProperties> mailServer,
                   SiteSettings site, Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.companies = companies;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        MailProperties mail = mailServer.getIfAvailable();
        this.mailConfigured = mail != null && mail.getHost() != null && !mail.getHost().isBlank();
        this.site = site;
    }

    /**
     * A user given a set-password link, or none ({@code user} created with an initial password).
     *
     * @param handOver the link itself when no mail carries it: shown once to the administrator, to hand over; null
     *                 when it was mailed or there is none
     */
    public record LinkIssued(UserSummary user, String handOver) {
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

    /** Whether any user exists: then the first administrator exists already. */
    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.count() > 0;
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
        if (rawPassword == null || rawPassword.length() < PasswordRules.MINIMUM) {
            throw new RuleViolation("admin.error.password");
        }
        if (blank(companyName) || blank(username) || blank(displayName) || blank(email)) {
            throw new RuleViolation("admin.error.missing");
        }
        Company company = createCompany(companyName.strip(), CompanyKind.GENERAL_CONTRACTOR, "gc");
        UserAccount admin = createUser(username.strip(), displayName.strip(), email.strip(), company.id(), rawPassword);
        UserEntity entity = users.findById(admin.id()).orElseThrow();
        entity.makeCompanyAdministrator();
        entity.makeOperator();
        return admin;
    }

    public void makeCompanyAdministrator(long userId) {
        load(userId).makeCompanyAdministrator();
    }

    /** The installation's operator, as {@code admin create} makes the first administrator; for the demo's. */
    public void makeOperator(long userId) {
        UserEntity user = load(userId);
        user.makeCompanyAdministrator();
        user.makeOperator();
    }

    @Transactional(readOnly = true)
    public boolean isCompanyAdministrator(long userId) {
        return users.findById(userId).map(user -> user.isCompanyAdmin() && user.isActive()).orElse(false);
    }

    /** The names of a company's active administrators, for telling a user whom to ask. */
    @Transactional(readOnly = true)
    @NeedsNoActingUser
    public List<String> administratorNames(long companyId) {
        return users.findByCompanyIdAndCompanyAdminTrueAndActiveTrueOrderByDisplayName(companyId).stream()
                .map(user -> user.toRecord().displayName()).toList();
    }

    @Transactional(readOnly = true)
    public void requireCompanyAdministrator(long userId) {
        if (!isCompanyAdministrator(userId)) {
            throw new AccessDeniedException("company administrator needed");
        }
    }

    /** The installation's operator, made by {@code admin create}: administers every company. */
    @Transactional(readOnly = true)
    public boolean isOperator(long userId) {
        return users.findById(userId).map(user -> user.isOperator() && user.isActive()).orElse(false);
    }

    /** Whether the user administers the company: the operator any, a company administrator their own. */
    @Transactional(readOnly = true)
    public boolean administers(long userId, long companyId) {
        return users.findById(userId).filter(UserEntity::isActive)
                .map(user -> user.isOperator() || user.isCompanyAdmin() && user.toRecord().companyId() == companyId)
                .orElse(false);
    }

    private void requireAdministers(long userId, long companyId) {
        if (!administers(userId, companyId)) {
            throw new AccessDeniedException("administrator of company " + companyId + " needed");
        }
    }

    // companies

    /** Every company, for the screens that pick one; the callers check their own rights. */
    @Transactional(readOnly = true)
    @NeedsNoActingUser
    public List<Company> allCompanies() {
        return companies.findAllByOrderByName().stream().map(CompanyEntity::toRecord).toList();
    }

    /** The companies the user administers: every one for the operator, their own for a company administrator. */
    @Transactional(readOnly = true)
    public List<Company> administeredCompanies(long actorId) {
        requireCompanyAdministrator(actorId);
        return allCompanies().stream().filter(company -> administers(actorId, company.id())).toList();
    }

    /** Creates the company when companyId is null (the operator only), otherwise changes it. */
    public Company saveCompany(long actorId, Long companyId, String name, CompanyKind kind, String address,
                               String dictionary) {
        if (companyId == null && !isOperator(actorId) || companyId != null && !administers(actorId, companyId)) {
            throw new AccessDeniedException("the operator creates companies; a company administrator changes theirs");
        }
        if (blank(name) || kind == null || blank(dictionary)) {
            throw new RuleViolation("company.error.missing");
        }
        // two companies of one name could not be told apart in any list that picks one
        if (companies.findByNameIgnoreCase(name.strip()).stream().anyMatch(other -> !other.getId().equals(companyId))) {
            throw new RuleViolation("company.error.name-taken", name.strip());
        }
        CompanyEntity entity;
        String action;
        if (companyId == null) {
            entity = companies.save(new CompanyEntity(name.strip(), kind, dictionary));
            action = "company.created";
        } else {
            entity = companies.findById(companyId).orElseThrow(() -> new NotFound("company", companyId));
            action = "company.changed";
        }
        Company before = companyId == null ? null : entity.toRecord();
        entity.change(name.strip(), kind, blank(address) ? null : address.strip(), dictionary);
        Company company = entity.toRecord();
        if (before != null && !company.name().equals(before.name())) {
            events.publishEvent(new CompanyRenamed(company.id(), company.name()));
        }
        AuditChanges changes = new AuditChanges();
        if (before == null) {
            changes.set("kind", kindLabel(kind)).set("words", dictionaryLabel(dictionary)).set("address", company.address());
        } else {
            changes.add("name", before.name(), company.name()).add("kind", kindLabel(before.kind()), kindLabel(kind))
                    .add("words", dictionaryLabel(before.dictionary()), dictionaryLabel(dictionary))
                    .add("address", before.address(), company.address());
        }
        record(actorId, action, company.name(), changes.toString());
        return company;
    }

    /**
     * The operator deactivates a company, whose users then can no longer sign in and whose open sessions end, or
     * reactivates it; never the operator's own company.
     */
    public Company setCompanyActive(long actorId, long companyId, boolean active) {
        if (!isOperator(actorId)) {
            throw new AccessDeniedException("the operator deactivates companies");
        }
        if (!active && user(actorId).companyId() == companyId) {
            throw new RuleViolation("company.error.deactivate-own");
        }
        CompanyEntity entity = companies.findById(companyId).orElseThrow(() -> new NotFound("company", companyId));
        entity.setActive(active);
        Company company = entity.toRecord();
        record(actorId, active ? "company.reactivated" : "company.deactivated", company.name(),
                active ? null : "its users can no longer sign in");
        return company;
    }

    // users

    @Transactional(readOnly = true)
    public List<UserSummary> users(long actorId) {
        requireCompanyAdministrator(actorId);
        boolean operator = isOperator(actorId);
        long own = user(actorId).companyId();
        return allUsers().stream().filter(user -> operator || user.companyId() == own).toList();
    }

    /** The ids of a company's users, for what they did. */
    @Transactional(readOnly = true)
    public List<Long> userIds(long companyId) {
        return allUsers().stream().filter(user -> user.companyId() == companyId).map(UserSummary::id).toList();
    }

    /** Every user, for the screens that pick one; the callers check their own rights. */
    @Transactional(readOnly = true)
    @NeedsNoActingUser
    public List<UserSummary> allUsers() {
        return users.findAllByOrderByDisplayName().stream().map(UserEntity::toSummary).toList();
    }

    /** The new user; with no initial password, a set-password link is issued and mailed, or handed over. */
    public LinkIssued createUser(long actorId, NewUser user) {
        requireAdministers(actorId, user.companyId());
        if (blank(user.username()) || blank(user.displayName()) || blank(user.email())) {
            throw new RuleViolation("user.error.missing");
        }
        if (!user.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new RuleViolation("user.error.email", user.email().strip());
        }
        boolean withLink = blank(user.initialPassword());
        if (!withLink) {
            PasswordRules.check(user.initialPassword());
        }
        String password = withLink ? SecretTokens.newToken() : user.initialPassword();
        UserAccount account = createUser(user.username().strip(), user.displayName().strip(), user.email().strip(),
                user.companyId(), password);
        UserEntity entity = load(account.id());
        if (user.companyAdmin()) {
            entity.makeCompanyAdministrator();
        }
        String handOver = withLink ? issuePasswordLink(entity, true, true) : null;
        UserSummary summary = entity.toSummary();
        record(actorId, "user.created", subject(summary), "company " + summary.companyName() + ", email "
                + summary.email() + (summary.companyAdmin() ? ", company administrator" : "")
                + (!withLink ? ", initial password set" : handOver == null ? ", set-password link mailed"
                : ", set-password link shown to the administrator, no mail being configured"));
        return new LinkIssued(summary, handOver);
    }

    /**
     * A user's name, e-mail, company and dictionary. Moving a user to another company needs the right to administer
     * both; the audit trail keeps each old value with its new one.
     */
    public UserSummary editUser(long actorId, long userId, UserEdit edit) {
        UserEntity entity = load(userId);
        UserAccount before = entity.toRecord();
        requireAdministers(actorId, before.companyId());
        requireAdministers(actorId, edit.companyId());
        if (blank(edit.displayName()) || blank(edit.email()) || blank(edit.dictionary())) {
            throw new RuleViolation("user.error.missing");
        }
        if (!edit.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new RuleViolation("user.error.email", edit.email().strip());
        }
        CompanyEntity company = companies.findById(edit.companyId())
                .orElseThrow(() -> new NotFound("company", edit.companyId()));
        entity.edit(edit.displayName().strip(), edit.email().strip(), company, edit.dictionary());
        UserAccount after = entity.toRecord();
        String changes = new AuditChanges()
                .add("name", before.displayName(), after.displayName())
                .add("e-mail", before.email(), after.email())
                .add("company", company(before.companyId()).name(), company.toRecord().name())
                .add("words", dictionaryLabel(before.dictionary()), dictionaryLabel(after.dictionary()))
                .toString();
        UserSummary summary = entity.toSummary();
        if (!changes.isEmpty()) {
            record(actorId, "user.edited", subject(summary), changes);
        }
        if (before.companyId() != after.companyId()) {
            events.publishEvent(new UserMoved(actorId, userId, before.companyId(), after.companyId()));
        }
        return summary;
    }

    /** A user's account, for an administrator of their company. */
    @Transactional(readOnly = true)
    public UserAccount account(long actorId, long userId) {
        UserAccount account = user(userId);
        requireAdministers(actorId, account.companyId());
        return account;
    }

    public UserSummary setActive(long actorId, long userId, boolean active) {
        requireAdministers(actorId, user(userId).companyId());
        if (actorId == userId && !active) {
            throw new RuleViolation("user.error.deactivate-self");
        }
        UserEntity entity = load(userId);
        entity.setActive(active);
        UserSummary summary = entity.toSummary();
        record(actorId, active ? "user.reactivated" : "user.deactivated", subject(summary), null);
        return summary;
    }

    /** The old password stops working; the user sets a new one with the link mailed to them, or handed over. */
    public LinkIssued resetPassword(long actorId, long userId) {
        return issueLink(actorId, userId, true);
    }

    /**
     * A new set-password link, the password staying as it is until the link is used: for a user whose first link
     * expired or was lost.
     */
    public LinkIssued sendNewLink(long actorId, long userId) {
        return issueLink(actorId, userId, false);
    }

    private LinkIssued issueLink(long actorId, long userId, boolean voidPassword) {
        requireAdministers(actorId, user(userId).companyId());
        UserEntity entity = load(userId);
        String handOver = issuePasswordLink(entity, false, voidPassword);
        UserSummary summary = entity.toSummary();
        record(actorId, voidPassword ? "user.password-reset" : "user.password-link", subject(summary),
                handOver == null ? "set-password link mailed to " + summary.email()
                        : "set-password link shown to the administrator, no mail being configured");
        return new LinkIssued(summary, handOver);
    }

    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserEntity entity = load(userId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, entity.getPasswordHash())) {
            throw new RuleViolation("password.error.current");
        }
        PasswordRules.check(newPassword);
        entity.changePassword(passwordEncoder.encode(newPassword));
        record(userId, "user.password-changed", subject(entity.toSummary()), null);
    }

    /** Whether the link from the mail can still set a password. The link's token is the authority, not a user. */
    @NeedsNoActingUser
    @Transactional(readOnly = true)
    public boolean passwordLinkValid(String token) {
        return token != null && users.findByPasswordLinkHash(SecretTokens.sha256(token))
                .filter(user -> user.passwordLinkValid(LocalDateTime.now(clock))).isPresent();
    }

    /** Sets the password once through the mailed link, whose token is the authority; returns the user name to sign in with. */
    @NeedsNoActingUser
    public String setPasswordWithLink(String token, String newPassword) {
        UserEntity entity = token == null ? null : users.findByPasswordLinkHash(SecretTokens.sha256(token))
                .filter(user -> user.passwordLinkValid(LocalDateTime.now(clock))).orElse(null);
        if (entity == null) {
            throw new RuleViolation("password.error.link");
        }
        PasswordRules.check(newPassword);
        entity.changePassword(passwordEncoder.encode(newPassword));
        record(entity.getId(), "user.password-set", subject(entity.toSummary()), "through the set-password link");
        return entity.getUsername();
    }

    /** The link to hand over when no mail carries it; otherwise it is mailed and the answer is null. */
    private String issuePasswordLink(UserEntity entity, boolean firstPassword, boolean voidPassword) {
        String token = SecretTokens.newToken();
        entity.issuePasswordLink(SecretTokens.sha256(token), LocalDateTime.now(clock).plus(PASSWORD_LINK_LIFETIME),
                voidPassword ? passwordEncoder.encode(SecretTokens.newToken()) : null);
        if (!mailConfigured) {
            return site.link(PASSWORD_LINK_PATH + token);
        }
        events.publishEvent(new PasswordLinkIssued(entity.getId(), PASSWORD_LINK_PATH + token, firstPassword));
        return null;
    }

    private void record(long actorId, String action, String subject, String detail) {
        events.publishEvent(new AdministrativeChange(actorId, action, subject, detail));
    }

    private String dictionaryLabel(String dictionary) {
        return dictionaries.named(dictionary).label();
    }

    private static String kindLabel(CompanyKind kind) {
        return AuditChanges.words(kind);
    }

    private static String subject(UserSummary user) {
        return user.displayName() + " (" + user.username() + ")";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private UserEntity load(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findUser(String username) {
        return users.findByUsername(username).map(UserEntity::toRecord);
    }

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        return load(id).toRecord();
    }

    /** What sign-in needs: the password hash, and whether the user may sign in at all. */
    @Transactional(readOnly = true)
    public Optional<SignInRecord> signInRecord(String username) {
        return users.findByUsername(username).map(user -> new SignInRecord(user.getPasswordHash(), user.isActive(),
                SecretTokens.sha256(user.getPasswordHash())));
    }

    /**
     * @param credentialStamp a digest of the password hash: it changes with every new or reset password, and tells
     *                        a session that signed in with older credentials without holding even their hash
     */
    public record SignInRecord(String passwordHash, boolean active, String credentialStamp) {
    }

    /** Companies by id, read at once. */
    @Transactional(readOnly = true)
    @NeedsNoActingUser
    public java.util.Map<Long, Company> companies(java.util.Collection<Long> ids) {
        return companies.findAllById(ids).stream().map(CompanyEntity::toRecord)
                .collect(java.util.stream.Collectors.toMap(Company::id, company -> company));
    }

    @Transactional(readOnly = true)
    @NeedsNoActingUser
    public Company company(long id) {
        return companies.findById(id).map(CompanyEntity::toRecord).orElseThrow(() -> new NotFound("company", id));
    }

    public void chooseDictionary(long userId, String dictionary) {
        load(userId).chooseDictionary(dictionary);
    }

    /** The user's number and date formats: a language tag with a country, such as en-GB; blank for the browser's. */
    public void chooseFormats(long userId, String languageTag) {
        String tag = languageTag == null || languageTag.isBlank() ? null : languageTag.strip();
        if (tag != null && Locale.forLanguageTag(tag).getCountry().isEmpty()) {
            throw new RuleViolation("formats.error.unknown", tag);
        }
        load(userId).chooseFormats(tag);
    }
}
