package com.followup.web.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * Directors and Sales managers correct a customer's details (the ERP's file may keep them too): name, tax id, type,
 * region, account owner, service channel and the potential they enter. A second person saving over a change they did
 * not see is told, and nothing of theirs is saved.
 */
@Controller
class CustomerEditController {

    private final Customers customers;
    private final UserAccounts accounts;

    CustomerEditController(Customers customers, UserAccounts accounts) {
        this.customers = customers;
        this.accounts = accounts;
    }

    @GetMapping("/portfolio/{id}/edit")
    String form(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        Customer customer = editable(me, id);
        return page(customer, CustomerFormData.of(customer), model);
    }

    @PostMapping("/portfolio/{id}/edit")
    String save(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                @ModelAttribute("form") CustomerFormData form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Customer customer = editable(me, id);
        FormErrors.hiddenFieldsTampered(errors, "version");
        if (form.getVersion() == null && !errors.hasGlobalErrors()) {
            errors.reject("form.tampered");
        }
        List<UserAccount> owners = owners(customer);
        List<Violation> violations = new ArrayList<>(Customer.validate(form.draft(), customers.types()::contains,
                owner -> owners.stream().anyMatch(person -> String.valueOf(person.id()).equals(owner))));
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            return page(customer, form, model);
        }
        Customer typed = Customer.from(form.draft(), Long.parseLong(form.getOwner().strip()));
        try {
            customers.save(new Customer(id, typed.name(), typed.taxId(), typed.type(), typed.region(), typed.ownerId(),
                    typed.channel(), typed.potentialPerYear(), form.getVersion()));
        } catch (ConcurrentChangeException e) {
            errors.reject("customer.changed");
            return page(customer, form, model);
        } catch (DuplicateKeyException e) {
            errors.rejectValue("name", "customer.name.taken");
            return page(customer, form, model);
        }
        redirect.addFlashAttribute("notice", "customer.saved");
        return "redirect:/portfolio/" + id;
    }

    private Customer editable(SignedInUser me, long id) {
        if (!PortfolioController.seesAll(me)) {
            throw new AccessDeniedException("only directors and managers of Sales change a customer");
        }
        return customers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Who can own the customer: the active people of Sales, and its present owner even if they left since, so that
     * changing another detail never moves the customer to whoever the list shows first.
     */
    private List<UserAccount> owners(Customer customer) {
        return accounts.findAllOrderedByName().stream()
                .filter(person -> person.id() == customer.ownerId() || person.active() && person.worksIn(Area.SALES))
                .toList();
    }

    private String page(Customer customer, CustomerFormData form, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("form", form);
        model.addAttribute("types", customers.types());
        model.addAttribute("owners", owners(customer));
        model.addAttribute("channels", ServiceChannel.values());
        return "portfolio/edit";
    }
}
