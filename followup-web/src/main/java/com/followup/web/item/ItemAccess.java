package com.followup.web.item;

import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.web.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Reads an item for someone: not found outside their areas, forbidden to work unless theirs to work. */
@Component
public class ItemAccess {

    private final Items items;

    ItemAccess(Items items) {
        this.items = items;
    }

    public Item visible(long id, SignedInUser me) {
        return items.findById(id).filter(item -> me.actor().canSee(item.area()))
                .orElseThrow(() -> new ItemNotFoundException(id));
    }

    public Item workable(long id, SignedInUser me) {
        Item item = visible(id, me);
        if (!me.actor().canWork(item)) {
            throw new AccessDeniedException("item " + id + " is not worked by " + me.username());
        }
        return item;
    }
}
