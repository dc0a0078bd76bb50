package com.followup.persistence.account;

import com.followup.domain.account.UserAccount;

final class UserAccountMapper {

    private UserAccountMapper() {
    }

    static UserAccount toDomain(UserAccountEntity entity) {
        return UserAccount.restore(entity.id, entity.username, entity.displayName, entity.passwordHash,
                entity.role, entity.areas, entity.active, entity.version);
    }

    static void copy(UserAccount account, UserAccountEntity entity) {
        if (entity.username == null) {
            entity.username = account.username();
        }
        entity.displayName = account.displayName();
        entity.passwordHash = account.passwordHash();
        entity.role = account.role();
        entity.active = account.active();
        entity.areas.clear();
        entity.areas.addAll(account.areas());
    }
}
