package com.followup.persistence.account;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    @EntityGraph(attributePaths = "areas")
    Optional<UserAccountEntity> findByUsername(String username);

    boolean existsByUsername(String username);
}
