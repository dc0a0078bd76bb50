package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Outcome;
import com.followup.web.account.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The item page: everything about an item, its timeline, and what the person may do to it. */
@Component
public class ItemPage {

    private final Items items;
    private final FollowUps followUps;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final Clock clock;

    ItemPage(Items items, FollowUps followUps, FollowUpRules rules, UserAccounts accounts, Clock clock) {
        this.items = items;
        this.followUps = followUps;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Fills the model of the item page; forms already in it (as typed after an error) stay. */
    public String show(Item item, SignedInUser me, Model model) {
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new OutcomeFormData());
        }
        List<UserAccount> everyone = accounts.findAllOrderedByName();
        Map<Long, String> names = everyone.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        model.addAttribute("item", item);
        FollowUpRule rule = rules.findById(item.ruleId()).orElseThrow();
        model.addAttribute("rule", rule);
        model.addAttribute("ownerName", names.get(item.ownerId()));
        model.addAttribute("timeline", ItemTimeline.of(followUps.findByItem(item.id()), items.timeline(item.id()), names));
        model.addAttribute("canWork", me.actor().canWork(item));
        model.addAttribute("canManage", me.actor().canManage(item.area()));
        model.addAttribute("meId", me.id());
        model.addAttribute("stages", rules.revision(item.ruleId(), item.ruleRevision()).stages());
        model.addAttribute("outcomes", Outcome.allowedIn(item.area()));
        model.addAttribute("shownFor", Arrays.stream(Outcome.values()).flatMap(outcome -> outcome.parts().stream())
                .distinct().collect(Collectors.toMap(part -> part, part -> Outcome.askingFor(part).stream()
                        .map(Outcome::name).collect(Collectors.joining(" ")))));
        model.addAttribute("people", everyone.stream()
                .filter(UserAccount::active).filter(person -> person.worksIn(item.area())).toList());
        model.addAttribute("linkedInvoice", item.details() instanceof OperationsDetails ops && ops.linkedInvoiceItemId() != null
                ? items.findById(ops.linkedInvoiceItemId()).orElse(null) : null);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", item.zone());
        return "item/item";
    }
}
