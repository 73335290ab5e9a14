package com.invoicebackups.company;

import com.invoicebackups.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    @Column(name = "company_admin", nullable = false)
    private boolean companyAdmin;

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

    void makeCompanyAdministrator() {
        companyAdmin = true;
    }

    void chooseDictionary(String dictionary) {
        this.dictionary = dictionary;
    }

    UserAccount toRecord() {
        CompanyEntity own = company;
        return new UserAccount(getId(), username, displayName, email, own.getId(),
                dictionary != null ? dictionary : own.toRecord().dictionary());
    }
}
