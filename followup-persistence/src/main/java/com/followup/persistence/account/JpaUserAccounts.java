package com.followup.persistence.account;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Repository
@Transactional(readOnly = true)
class JpaUserAccounts implements UserAccounts {

    private final UserAccountRepository repository;

    JpaUserAccounts(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(UserAccountMapper::toDomain);
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return repository.findById(id).map(UserAccountMapper::toDomain);
    }

    @Override
    public List<UserAccount> findAllOrderedByName() {
        return repository.findAllByOrderByDisplayNameAsc().stream().map(UserAccountMapper::toDomain).toList();
    }

    @Override
    public boolean existsByUsername(String username) {
        return repository.existsByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    @Transactional
    public UserAccount save(UserAccount account) {
        UserAccountEntity entity;
        if (account.id() == null) {
            entity = new UserAccountEntity();
        } else {
            entity = repository.findById(account.id()).orElseThrow(() -> new ConcurrentChangeException("user"));
            if (entity.version != account.version()) {
                throw new ConcurrentChangeException("user " + account.username());
            }
        }
        UserAccountMapper.copy(account, entity);
        return UserAccountMapper.toDomain(repository.saveAndFlush(entity));
    }
}
