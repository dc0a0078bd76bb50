package com.followup.persistence.rule;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "follow_up_rule")
class FollowUpRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Embedded
    RuleParts parts = new RuleParts();

    @Version
    long version;

    /** The portfolio's purpose of the rule, read in the same statement; null for a rule people define. */
    @Formula("(select pr.purpose from portfolio_rule pr where pr.rule_id = id)")
    String portfolioPurpose;
}
