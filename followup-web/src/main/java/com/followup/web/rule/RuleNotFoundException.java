package com.followup.web.rule;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class RuleNotFoundException extends RuntimeException {

    RuleNotFoundException(long id) {
        super("no rule " + id);
    }
}
