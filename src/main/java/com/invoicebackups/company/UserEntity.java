package com.invoicebackups.company;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "app_user")
class UserEntity extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** The user's own choice; when empty the company's default applies. */
    private String dictionary;
    private String formatLocale;

    @Column(name = "company_admin", nullable = false)
    private boolean companyAdmin;

    /** The installation's operator: administers every company, not only their own. */
    @Column(nullable = false)
    private boolean operator;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_link_hash")
    private String passwordLinkHash;

    @Column(name = "password_link_expires")
    private LocalDateTime passwordLinkExpires;

    protected UserEntity() {
    }

    UserEntity(String username, String displayName, String email, CompanyEntity company, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.company = company;
        this.passwordHash = passwordHash;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void makeOperator() {
        operator = true;
    }

    boolean isOperator() {
        return operator;
    }

    void makeCompanyAdministrator() {
        companyAdmin = true;
    }

    boolean isCompanyAdmin() {
        return companyAdmin;
    }

    /** Whether the user may sign in and act: their own account and their company are both active. */
    boolean isActive() {
        return active && company.isActive();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        passwordLinkHash = null;
        passwordLinkExpires = null;
    }

    /** A new set-password link replaces any earlier one. With an unusable hash the old password stops working at once; without one it works until the link is used. */
    void issuePasswordLink(String linkHash, LocalDateTime expires, String unusablePasswordHash) {
        if (unusablePasswordHash != null) {
            passwordHash = unusablePasswordHash;
        }
        passwordLinkHash = linkHash;
        passwordLinkExpires = expires;
    }

    boolean passwordLinkValid(LocalDateTime now) {
        return passwordLinkExpires != null && now.isBefore(passwordLinkExpires);
    }

    UserSummary toSummary() {
        return new UserSummary(getId(), username, displayName, email, company.getId(), company.toRecord().name(),
                active, companyAdmin, getVersion());
    }

    void edit(String displayName, String email, CompanyEntity company, String dictionary) {
        this.displayName = displayName;
        this.email = email;
        this.company = company;
        this.dictionary = dictionary;
    }

    void chooseDictionary(String dictionary) {
        this.dictionary = dictionary;
    }

    void chooseFormats(String languageTag) {
        this.formatLocale = languageTag;
    }

    UserAccount toRecord() {
        CompanyEntity own = company;
        return new UserAccount(getId(), username, displayName, email, own.getId(),
                dictionary != null ? dictionary : own.toRecord().dictionary(), formatLocale, isActive());
    }
}
