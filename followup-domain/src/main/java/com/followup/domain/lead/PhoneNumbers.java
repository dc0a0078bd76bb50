package com.followup.domain.lead;

import java.util.Optional;

/** Reads a phone number as people type it into the one international form (E.164) that matching compares. */
public interface PhoneNumbers {

    /** The number as {@code +525512345678}, or empty when what was typed is not a phone number. */
    Optional<String> international(String typed);
}
