package com.followup.web;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.importing.ImportBatches;
import com.followup.domain.item.Item;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.beans.PropertyDescriptor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint the application maps, found from its own handler mappings, gets hostile values in each of its
 * fields as each role: no answer may be a server error, and a refused request may change no stored row.
 */
@FollowupWebTest
class FuzzTest {

    private static final List<String> ANY = List.of("\u0000", "", "n".repeat(196));
    private static final List<String> NUMBERS = List.of("-1", "999999999", "99999999999999999999", "1e20", "1e400",
            "1E+20", "1.005");
    private static final List<String> DATES = List.of("0000-01-01", "9999-12-31", "999999999-01-01", "24:00",
            "2026-01-01T24:00", "2026-02-30");
    private static final List<String> TEXTS = List.of("a\u0001b\u001bc", "x".repeat(100_000), "\r\n", "1e400",
            "99999999999999999999", "1.005", "0000-01-01");
    private static final String MISSING = "(missing)";
    private static final List<String> PATH_HOSTILE = List.of("999999999", "-1", "abc");
    /** Tables that change without any business change: sessions and sign-in bookkeeping. */
    private static final List<String> NOT_BUSINESS = List.of("flyway_schema_history", "sign_in_failure", "shedlock");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired LeadMother leads;
    @Autowired JdbcClient jdbc;
    @Autowired ImportBatches importBatches;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private long fixtureNanos;
    private final Map<String, Long> nanosByEndpoint = new TreeMap<>();

    @Test
    void no_hostile_value_in_any_field_of_any_endpoint_ends_in_a_server_error_or_a_half_done_change() throws Exception {
        long started = System.nanoTime();
        countChanges();
        try {
            fuzz(started);
        } finally {
            stopCounting();
        }
    }

    private void fuzz(long started) throws Exception {
        List<UserAccount> roles = List.of(people.director(), people.manager(Area.SALES), people.staff(Area.SALES));
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::pattern).contains("/items", "/kpis", "/rules", "/my-follow-ups", "/my-follow-ups/{itemId}",
                "/portfolio", "/portfolio/{id}", "/portfolio/dashboard", "/portfolio/market");
        long otherPerson = people.staff(Area.SALES).id();
        int turn = 0;
        for (Endpoint endpoint : endpoints) {
            for (UserAccount role : roles) {
                send(endpoint, role, new Fixture(roles.get(2), otherPerson), Map.of(), "baseline");
            }
            for (String field : endpoint.fields().keySet()) {
                long fixtureStarted = System.nanoTime();
                Fixture fixture = new Fixture(roles.get(2), otherPerson);
                fixtureNanos += System.nanoTime() - fixtureStarted;
                turn++;
                List<String> values = fieldValues(endpoint, field);
                for (int i = 0; i < values.size(); i++) {
                    UserAccount role = roles.get((turn + i) % roles.size());
                    send(endpoint, role, fixture, Map.of(field, values.get(i)), field + "=" + shown(values.get(i)));
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("fuzz: %d endpoints, %d requests in %d s (%d s making fixtures); slowest: %s%n", endpoints.size(),
                sent, took.toSeconds(), Duration.ofNanos(fixtureNanos).toSeconds(), slowest());
        assertThat(failures).as("%d of %d hostile requests failed", failures.size(), sent).isEmpty();
    }

    /** Every field gets what breaks anything, and what breaks its kind of value: numbers, dates or text. */
    private List<String> fieldValues(Endpoint endpoint, String field) {
        if (endpoint.pathVariables().contains(field)) {
            return PATH_HOSTILE;
        }
        Class<?> type = endpoint.fields().get(field);
        List<String> values = new ArrayList<>(ANY);
        values.add(MISSING);
        if (type == String.class) {
            values.addAll(TEXTS);
        } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            values.addAll(NUMBERS);
        } else if (Temporal.class.isAssignableFrom(type)) {
            values.addAll(DATES);
        }
        return values;
    }

    private void send(Endpoint endpoint, UserAccount role, Fixture fixture, Map<String, String> changed, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        endpoint.fields().forEach((name, type) -> values.put(name, fixture.good(endpoint.pattern(), name, type)));
        values.putAll(changed);
        Object[] pathValues = endpoint.pathVariables().stream().map(values::remove).toArray();
        MockHttpServletRequestBuilder request = endpoint.post()
                ? post(endpoint.pattern(), pathValues).with(csrf()) : get(endpoint.pattern(), pathValues);
        values.forEach((name, value) -> {
            if (!MISSING.equals(value)) {
                request.param(name, value);
            }
        });
        if (sent % 2 == 1) {
            request.header("HX-Request", "true");
        }
        request.with(as(role));
        if (endpoint.pattern().startsWith("/intake/")) {
            // each hostile post from an address of its own, so the limit per address does not hide what the form does
            request.with(People.from("10.99." + sent / 250 % 250 + "." + (sent % 250 + 1)));
        }
        sent++;
        long before = changes();
        String where = (endpoint.post() ? "POST " : "GET ") + endpoint.pattern() + " as " + role.role() + " " + what;
        MvcResult result;
        long requestStarted = System.nanoTime();
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception e) {
            failures.add(where + " -> " + rootCause(e));
            return;
        } finally {
            nanosByEndpoint.merge(endpoint.pattern(), System.nanoTime() - requestStarted, Long::sum);
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            failures.add(where + " -> " + status + " " + (result.getResolvedException() == null ? ""
                    : rootCause(result.getResolvedException())));
        } else if (refused(result) && changes() != before) {
            failures.add(where + " -> refused with " + status + " but changed stored rows");
        }
    }

    private String slowest() {
        return nanosByEndpoint.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(entry -> entry.getKey() + " " + Duration.ofNanos(entry.getValue()).toSeconds() + " s").toList().toString();
    }

    private static boolean refused(MvcResult result) {
        if (result.getResponse().getStatus() >= 400 || result.getFlashMap().containsKey("problem")) {
            return true;
        }
        return result.getModelAndView() != null && result.getModelAndView().getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult errors && errors.hasErrors());
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getName().startsWith("com.followup")) {
                continue;
            }
            Map<String, Class<?>> fields = new TreeMap<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (path != null || param != null) {
                    String name = path != null ? path.value() : param.value();
                    fields.put(name.isEmpty() ? parameter.getParameterName() : name, parameter.getParameterType());
                } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                    for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
                        if (property.getWriteMethod() != null) {
                            fields.put(property.getName(), property.getPropertyType());
                        }
                    }
                }
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                List<String> pathVariables = new ArrayList<>();
                Matcher matcher = PATH_VARIABLE.matcher(pattern);
                while (matcher.find()) {
                    pathVariables.add(matcher.group(1));
                }
                found.add(new Endpoint(pattern, methods.contains(RequestMethod.POST), pathVariables, fields));
            }
        }
        found.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::post));
        return found;
    }

    /**
     * Counts, in a transaction-safe way, every row any request inserts, updates or deletes in a business table: each
     * change appends a row, so that two transactions of one request (an import's progress is written in its own while
     * the import's runs) never wait for each other on a shared counter.
     */
    private void countChanges() {
        jdbc.sql("create table if not exists fuzz_changes (rows bigint not null)").update();
        jdbc.sql("insert into fuzz_changes select 0 where not exists (select 1 from fuzz_changes)").update();
        jdbc.sql("""
                create or replace function fuzz_count() returns trigger language plpgsql as $$
                begin insert into fuzz_changes values (1); return null; end $$""").update();
        for (String table : businessTables()) {
            jdbc.sql("create or replace trigger fuzz_count after insert or update or delete on " + table
                    + " for each row execute function fuzz_count()").update();
        }
    }

    private void stopCounting() {
        for (String table : businessTables()) {
            jdbc.sql("drop trigger if exists fuzz_count on " + table).update();
        }
    }

    private List<String> businessTables() {
        return jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'
                          and table_name not like 'spring_session%' order by table_name""")
                .query(String.class).list().stream()
                .filter(table -> !NOT_BUSINESS.contains(table) && !table.equals("fuzz_changes")).toList();
    }

    private long changes() {
        return jdbc.sql("select coalesce(sum(rows), 0) from fuzz_changes").query(Long.class).single();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
    }

    private static String shown(String value) {
        String readable = value.replace("\u0000", "\\0").replace("\u0001", "\\1").replace("\u001b", "\\e")
                .replace("\r", "\\r").replace("\n", "\\n");
        return readable.length() > 24 ? readable.substring(0, 12) + "...(" + value.length() + ")" : readable;
    }

    private record Endpoint(String pattern, boolean post, List<String> pathVariables, Map<String, Class<?>> fields) {
    }

    /** Fresh things to act on for one field's hostile values, and a good value for every other field. */
    private final class Fixture {

        private final UserAccount owner;
        private final Item item;
        private final long ruleId;
        private final long kpiId;
        private final long otherUserId;
        private final UUID recordedFollowUp;
        private final long importBatchId;
        private final long customerId;
        private final long leadSource;
        private final long leadId;
        private final long meetingId;
        private final String formSecret;

        Fixture(UserAccount owner, long otherUserId) {
            this.owner = owner;
            this.item = mother.prospect(owner.id(), Duration.ofHours(1));
            this.ruleId = item.ruleId();
            this.kpiId = jdbc.sql("select kpi_id from follow_up_rule where id = ?").param(ruleId).query(Long.class).single();
            this.otherUserId = otherUserId;
            this.recordedFollowUp = UUID.randomUUID();
            this.importBatchId = importBatch(owner.id());
            this.customerId = jdbc.sql("insert into customer (name, type, owner_id, channel) values (?, 'Industry', ?, 'CALL') returning id")
                    .params(RuleMother.uniqueTopic("Fuzzed customer"), owner.id()).query(Long.class).single();
            jdbc.sql("""
                    insert into follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel, result,
                                           kind, on_time, area, rule_id)
                    select id, ?, started_at, now(), now(), owner_id, 'CALL', 'Talked', 'FIRST_CONTACT', true, area, rule_id
                    from item where id = ?""").params(recordedFollowUp, item.id()).update();
            this.leadSource = leads.source(owner.id(), List.of());
            this.leadId = leads.lead(leadSource).id();
            this.meetingId = jdbc.sql("""
                    insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)
                    values (?, ?, now() + interval '1 day', 'Lucía', 'BOOKED', ?, now()) returning id""")
                    .params(leadId, UUID.randomUUID(), owner.id()).query(Long.class).single();
            this.formSecret = com.followup.domain.lead.LeadForm.newSecret();
            jdbc.sql("""
                    insert into lead_form (name, source_id, thank_you_url, token_hash, created_by, created_at)
                    values ('Fuzzed form', ?, 'https://example.com/thanks', ?, ?, now())""")
                    .params(leadSource, com.followup.domain.lead.LeadForm.hash(formSecret), owner.id()).update();
        }

        String good(String pattern, String name, Class<?> type) {
            return switch (name) {
                case "id" -> String.valueOf(pattern.startsWith("/items") ? item.id() : pattern.startsWith("/leads") ? leadId
                        : pattern.startsWith("/rules") ? ruleId
                        : pattern.startsWith("/kpis") ? kpiId : pattern.startsWith("/imports") ? importBatchId
                        : pattern.startsWith("/portfolio") ? customerId : otherUserId);
                case "kind" -> "items";
                case "itemId", "item" -> pattern.startsWith("/items/bulk") || pattern.equals("/my-follow-ups")
                        ? item.id() + ":" + version(pattern)
                        : String.valueOf(item.id());
                case "owner" -> String.valueOf(otherUserId);
                case "back" -> "/items?area=SALES";
                case "version" -> String.valueOf(version(pattern));
                case "requestId" -> pattern.contains("{requestId}") ? recordedFollowUp.toString() : UUID.randomUUID().toString();
                case "revision" -> "1";
                case "userId", "ownerId", "ownerUserId", "person" -> String.valueOf(owner.id());
                case "ruleId", "rule" -> String.valueOf(ruleId);
                case "kpiChoice", "kpi" -> String.valueOf(kpiId);
                case "area" -> "SALES";
                case "sourceId" -> String.valueOf(leadSource);
                case "meetingId" -> String.valueOf(meetingId);
                case "phone" -> "55 1234 5678";
                case "jobTitle", "company", "message", "withWhom", "why" -> "Fuzzed " + name;
                case "when" -> LocalDate.now().plusDays(3) + "T10:00";
                case "stage" -> "Proposal";
                case "slot" -> "topic";
                case "table" -> pattern.startsWith("/portfolio") ? "segments" : "follow-ups";
                case "aSize", "bSize", "cSize" -> "1000000";
                case "token" -> "unknown-token";
                case "secret" -> formSecret;
                case "thankYouUrl" -> "https://example.com/thanks";
                case "website" -> "";
                case "hot" -> "5";
                case "warm" -> "120";
                case "cold" -> "1440";
                case "minutes" -> "";
                case "zone" -> "";
                case "opens" -> "09:00";
                case "closes" -> "18:00";
                case "days" -> "MONDAY";
                case "title", "counterpartName", "contactName", "note", "result", "objective",
                     "reportedIn", "unit", "relationshipStart", "displayName" -> "Fuzzed " + name;
                case "topic", "name", "username", "newKpiName" -> RuleMother.uniqueTopic("fuzzed").replace(' ', '-');
                case "contactEmail", "email" -> "someone@example.test";
                case "amount", "target", "value", "collectedAmount", "newKpiTarget" -> "100";
                case "currency" -> "MXN";
                case "rating" -> "3";
                case "score" -> "80";
                case "aChannel", "bChannel", "cChannel" -> "CALL";
                case "aEvery", "bEvery", "cEvery" -> "30";
                case "conversionProbability", "durationMinutes" -> "20";
                case "channel" -> "CALL";
                case "reason" -> pattern.startsWith("/leads") ? "NO_BUDGET" : "Fuzzed reason";
                case "timeAllowedKind" -> "FIXED";
                case "timeAllowedAmount", "frequencyEvery", "escalateAmount" -> "2";
                case "timeAllowedUnit" -> "MONTHS";
                case "frequencyKind" -> "EVERY_N_WEEKS";
                case "ownerKind" -> "ROLE";
                case "ownerRole" -> "seller";
                case "escalateUnit" -> "DAYS";
                case "stages" -> "First meeting\nProposal";
                case "outcome" -> pattern.startsWith("/leads") ? "HELD" : "POSTPONED";
                case "until", "day", "otherDay", "nextDueOn", "promisedDate", "dueDate", "from", "to" ->
                        LocalDate.now().plusDays((name.equals("day") && !pattern.endsWith("/reschedule")) || name.equals("from")
                                ? 0 : 10).toString();
                case "deliveredOn" -> LocalDate.now().minusDays(1).toString();
                case "initialPassword", "newPassword", "confirmation" -> "a long enough password";
                case "currentPassword" -> People.PASSWORD;
                case "quick", "archived", "defineAnyway" -> "false";
                case "doneAt" -> "";
                default -> typed(type);
            };
        }

        /** A file of items with one valid row and one wrong one, uploaded and not yet imported. */
        private long importBatch(long uploadedBy) {
            String csv = "rule,title,counterpart\n" + jdbc.sql("select topic from follow_up_rule where id = ?").param(ruleId)
                    .query(String.class).single() + ",Fuzzed import,ACME\nunknown,x,y\n";
            return importBatches.add(new ImportBatches.NewBatch("items", "fuzz.csv", new byte[32],
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), uploadedBy, java.time.Instant.now(),
                    new ImportBatches.Counts(2, 1, 1, 0, 0)), List.of());
        }

        private long version(String pattern) {
            if (pattern.startsWith("/leads")) {
                return jdbc.sql("select version from lead where id = ?").param(leadId).query(Long.class).single();
            }
            if (pattern.startsWith("/portfolio/service")) {
                return jdbc.sql("select version from service_matrix").query(Long.class).single();
            }
            if (pattern.startsWith("/portfolio/market")) {
                return jdbc.sql("select version from portfolio_market").query(Long.class).single();
            }
            if (pattern.startsWith("/portfolio")) {
                return jdbc.sql("select version from customer where id = ?").param(customerId).query(Long.class).single();
            }
            String table = pattern.startsWith("/rules") ? "follow_up_rule" : pattern.startsWith("/kpis") ? "kpi"
                    : pattern.startsWith("/admin/users") ? "app_user" : "item";
            long id = table.equals("follow_up_rule") ? ruleId : table.equals("kpi") ? kpiId
                    : table.equals("app_user") ? otherUserId : item.id();
            return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
        }

        private static String typed(Class<?> type) {
            if (type.isEnum()) {
                return ((Enum<?>) type.getEnumConstants()[0]).name();
            }
            if (type == boolean.class || type == Boolean.class) {
                return "true";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return "1";
            }
            if (type == LocalDate.class) {
                return LocalDate.now().toString();
            }
            return "x";
        }
    }
}
