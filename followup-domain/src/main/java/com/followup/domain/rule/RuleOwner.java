package com.followup.domain.rule;

/** Who does the follow-up: a named person, or a role within the area resolved to a person on each item. */
public sealed interface RuleOwner {

    /** The kinds of owner. Switch over an owner's kind, so a new one is handled everywhere. */
    enum Kind { PERSON, ROLE }

    /** An owner as a form or a row holds it: {@code userId} for a person, {@code roleName} for a role. */
    record Parts(Kind kind, Long userId, String roleName) {

        /** The owner these parts make; null without a kind or without the person a named owner needs. */
        public RuleOwner toOwner() {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case PERSON -> userId == null ? null : new NamedPerson(userId);
                case ROLE -> new AreaRole(roleName);
            };
        }
    }

    /** This owner taken apart; {@link Parts#toOwner()} builds it again. */
    Parts parts();

    record NamedPerson(long userId) implements RuleOwner {

        @Override
        public Parts parts() {
            return new Parts(Kind.PERSON, userId, null);
        }
    }

    /** For example "seller", "collections", "purchasing". */
    record AreaRole(String roleName) implements RuleOwner {

        @Override
        public Parts parts() {
            return new Parts(Kind.ROLE, null, roleName);
        }
    }
}
