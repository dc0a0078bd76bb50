package com.followup.domain.rule;

/** Who does the follow-up: a named person, or a role within the area resolved to a person on each item. */
public sealed interface RuleOwner {

    record NamedPerson(long userId) implements RuleOwner {
    }

    /** For example "seller", "collections", "purchasing". */
    record AreaRole(String roleName) implements RuleOwner {
    }
}
