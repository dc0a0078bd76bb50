package com.followup.web.form;

import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every date field, filters included, takes the years 2000 to 2100 and answers anything else with a message beside
 * the field, what was typed kept: because dates reach handlers only through form objects read by {@link TypedInput}
 * and followed by their binding result, which this test checks of every handler the application maps.
 */
@FollowupWebTest
class DateFieldsTest {

    private static final List<String> REFUSED = List.of("0000-01-01", "9999-12-31", "999999999-01-01", "2026-02-30");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Clock clock;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void dates_reach_handlers_only_through_form_objects_whose_mistakes_the_handler_shows() {
        List<String> bare = new ArrayList<>();
        for (HandlerMethod handler : mappings.getHandlerMethods().values()) {
            MethodParameter[] parameters = handler.getMethodParameters();
            for (int i = 0; i < parameters.length; i++) {
                MethodParameter parameter = parameters[i];
                Class<?> type = parameter.getParameterType();
                boolean direct = parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.hasParameterAnnotation(PathVariable.class);
                if (direct && Temporal.class.isAssignableFrom(type)) {
                    bare.add(handler + ": " + type.getSimpleName() + " parameter " + i);
                }
                boolean form = parameter.hasParameterAnnotation(ModelAttribute.class);
                boolean errorsFollow = i + 1 < parameters.length
                        && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType());
                if (form && holdsDates(type) && !errorsFollow) {
                    bare.add(handler + ": " + type.getSimpleName() + " without its BindingResult");
                }
            }
        }
        assertThat(bare).as("a date bound outside a form object with its BindingResult answers an error page").isEmpty();
    }

    @Test
    void a_filter_date_outside_the_years_is_told_beside_it_and_the_dashboard_shows_this_month() throws Exception {
        String firstOfMonth = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .format(LocalDate.now(clock).withDayOfMonth(1));
        for (String path : List.of("/dashboards", "/dashboards/sales", "/my-numbers")) {
            for (String typed : REFUSED) {
                Page page = Page.of(mvc.perform(filter(path, typed, false).with(as(people.director())))
                        .andExpect(status().isOk()));

                assertThat(page.value("from")).as(path + " keeps " + typed).isEqualTo(typed);
                assertThat(page.one("#from").hasClass("is-invalid")).isTrue();
                assertThat(page.error("from")).isEqualTo("Enter a date between 2000 and 2100.");
                assertThat(page.error("to")).isEmpty();
                assertThat(page.value("to")).isEqualTo("2026-03-31");
                assertThat(page.value("period")).as("the default period is shown").isEqualTo("THIS_MONTH");
                assertThat(page.text("#panels [role=status]")).startsWith("From " + firstOfMonth + " to ");
            }
        }
    }

    @Test
    void with_htmx_the_panels_come_with_the_filters_messages_out_of_band_filled_or_emptied() throws Exception {
        Page refused = Page.of(mvc.perform(filter("/dashboards/sales", "9999-12-31", true)
                        .with(as(people.manager(Area.SALES))).header("Accept-Language", "es"))
                .andExpect(status().isOk()));

        assertThat(refused.isWholePage()).isFalse();
        assertThat(refused.select("#panels")).hasSize(1);
        assertThat(refused.attr("#from-error", "hx-swap-oob")).isEqualTo("true");
        assertThat(refused.error("from")).isEqualTo("Escribe una fecha entre 2000 y 2100.");

        Page accepted = Page.of(mvc.perform(filter("/dashboards/sales", "2026-03-01", true)
                        .with(as(people.manager(Area.SALES))))
                .andExpect(status().isOk()));
        assertThat(accepted.attr("#from-error", "hx-swap-oob")).isEqualTo("true");
        assertThat(accepted.error("from")).isEmpty();
        assertThat(accepted.text("#panels [role=status]")).contains("2026");
    }

    @Test
    void a_csv_with_an_unreadable_date_is_the_default_period_not_an_error() throws Exception {
        mvc.perform(get("/dashboards/sales/kpis.csv").param("period", "RANGE").param("from", "9999-12-31")
                        .param("to", "2026-03-31").with(as(people.manager(Area.SALES))))
                .andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder filter(String path, String from, boolean htmx) {
        MockHttpServletRequestBuilder request = get(path).param("period", "RANGE").param("from", from)
                .param("to", "2026-03-31");
        return htmx ? request.header("HX-Request", "true") : request;
    }

    private static boolean holdsDates(Class<?> form) {
        return !BeanUtils.isSimpleProperty(form) && Arrays.stream(BeanUtils.getPropertyDescriptors(form))
                .map(PropertyDescriptor::getPropertyType)
                .anyMatch(type -> type != null && Temporal.class.isAssignableFrom(type));
    }
}
