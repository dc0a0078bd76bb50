package com.followup.web.form;

import com.followup.domain.Violation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.Map;

/** Puts the domain's violations next to the form's fields: the one way every form shows what is wrong. */
public final class FormErrors {

    private FormErrors() {
    }

    /** Each violation at its own field, the same name on the form. */
    public static void report(List<Violation> violations, Errors errors) {
        report(violations, errors, Map.of());
    }

    /**
     * Each violation at the form field {@code formField} names for it (else the field of the same name); one message
     * per field, so a value that could not even be read keeps its own. A field the form does not have is a global error.
     */
    public static void report(List<Violation> violations, Errors errors, Map<String, String> formField) {
        for (Violation violation : violations) {
            String field = formField.getOrDefault(violation.field(), violation.field());
            Object[] args = violation.args().toArray();
            if (!onForm(errors, field)) {
                errors.reject(violation.messageKey(), args, null);
            } else if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, violation.messageKey(), args, null);
            }
        }
    }

    /**
     * A hidden field or a fixed choice that could not be read was changed outside the form (a version, a request id,
     * a channel not in the list): said once, at the top of the form, since nothing a person types could cause it.
     */
    public static void hiddenFieldsTampered(BindingResult errors, String... hiddenFields) {
        for (String field : hiddenFields) {
            if (errors.hasFieldErrors(field) && !errors.hasGlobalErrors()) {
                errors.reject("form.tampered");
            }
        }
    }

    private static boolean onForm(Errors errors, String field) {
        Object form = errors instanceof BindingResult result ? result.getTarget() : null;
        return form != null && new BeanWrapperImpl(form).isReadableProperty(field);
    }
}
