package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemLists;
import com.followup.domain.item.ItemLists.ItemQuery;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;

/** Opening an item under one of the rules the person may open items under. */
@Controller
@RequestMapping("/items")
class ItemOpeningController {

    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final ItemLists lists;
    private final ItemOpening opening;
    private final String defaultCurrency;

    ItemOpeningController(FollowUpRules rules, UserAccounts accounts, ItemLists lists, ItemOpening opening,
                          @Value("${followup.default-currency:MXN}") String defaultCurrency) {
        this.rules = rules;
        this.accounts = accounts;
        this.lists = lists;
        this.opening = opening;
        this.defaultCurrency = defaultCurrency;
    }

    @GetMapping("/new")
    String newItem(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Area area,
                   @RequestParam(required = false) Long rule, Model model) {
        ItemFormData form = new ItemFormData();
        form.setArea(area != null && me.actor().canSee(area) ? area
                : me.defaultArea());
        form.setRuleId(rule);
        form.setCurrency(defaultCurrency);
        return form(form, me, model);
    }

    @PostMapping
    String open(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ItemFormData form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getArea() == null || !me.actor().canSee(form.getArea())) {
            form.setArea(me.defaultArea());
        }
        FormErrors.hiddenFieldsTampered(errors, "requestId", "area");
        Long id = opening.open(form, errors, me);
        if (id == null) {
            return form(form, me, model);
        }
        redirect.addFlashAttribute("notice", "item.opened");
        return "redirect:/items/" + id;
    }

    private String form(ItemFormData form, SignedInUser me, Model model) {
        Area area = form.getArea();
        model.addAttribute("form", form);
        List<FollowUpRule> openable = rules.findByArea(area, false).stream().filter(me.actor()::canOpenUnder).toList();
        if (form.getRuleId() == null && openable.size() == 1) {
            form.setRuleId(openable.get(0).id());
        }
        model.addAttribute("rules", openable);
        model.addAttribute("canChooseOwner", me.actor().canManage(area));
        model.addAttribute("people", accounts.findAllOrderedByName().stream()
                .filter(UserAccount::active).filter(person -> person.worksIn(area)).toList());
        if (area == Area.OPERATIONS) {
            model.addAttribute("invoices", lists.search(new ItemQuery(Area.ADMINISTRATION, null, null,
                    EnumSet.of(ItemStatus.OPEN, ItemStatus.POSTPONED), ItemLists.Sort.NEWEST, 0, 200)).rows());
        }
        return "item/new";
    }
}
