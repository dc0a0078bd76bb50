package com.followup.persistence.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A rule as it was saved at one version, with who saved it and which parts changed. Never updated. */
@Entity
@Table(name = "follow_up_rule_revision")
class RuleRevisionEntity {

    @EmbeddedId
    Key key;

    @Column(name = "changed_by", nullable = false, updatable = false)
    String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    Instant changedAt;

    /** The names of the changed parts, comma-separated. */
    @Column(nullable = false, updatable = false)
    String summary;

    @Embedded
    RuleParts parts;

    @Embeddable
    record Key(@Column(name = "rule_id") long ruleId, @Column(name = "revision") long revision) implements Serializable {
    }
}
