package com.followup.persistence.account;

import com.followup.domain.area.Area;
import com.followup.domain.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, updatable = false)
    String username;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @Column(nullable = false)
    boolean active;

    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_area", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "area")
    @Enumerated(EnumType.STRING)
    Set<Area> areas = EnumSet.noneOf(Area.class);
}
