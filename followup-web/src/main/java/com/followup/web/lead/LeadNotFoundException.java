package com.followup.web.lead;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such lead, or someone else's lead to a seller: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LeadNotFoundException extends RuntimeException {

    LeadNotFoundException(long id) {
        super("no visible lead " + id);
    }
}
