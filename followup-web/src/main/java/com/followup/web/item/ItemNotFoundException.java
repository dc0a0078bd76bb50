package com.followup.web.item;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such item, or one in an area the person does not work in: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ItemNotFoundException extends RuntimeException {

    ItemNotFoundException(long id) {
        super("no visible item " + id);
    }
}
