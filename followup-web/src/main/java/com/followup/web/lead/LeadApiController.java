package com.followup.web.lead;

import com.followup.domain.Violation;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadDraft;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/leads}: marketing tools send a lead as JSON with their API key. The same Idempotency-Key sent
 * twice stores one lead; what is wrong comes back by field, in the language the tool asks for.
 */
@RestController
class LeadApiController {

    private final LeadIntake intake;
    private final MessageSource messages;
    private final ObjectReader leads;
    private final ObjectWriter answers;

    LeadApiController(LeadIntake intake, MessageSource messages, JsonMapper json) {
        this.intake = intake;
        this.messages = messages;
        this.leads = json.readerFor(LeadRequest.class);
        this.answers = json.writer();
    }

    /** A lead as a tool sends it. */
    record LeadRequest(String name, String email, String phone, String jobTitle, String company, Long sourceId,
                       String message, Boolean consent) {
    }

    /** What a tool gets back for a lead stored (or stored before with the same Idempotency-Key). */
    record Stored(long id, String status, String respondBy) {
    }

    /**
     * The body and the Idempotency-Key header are read here rather than bound: binding made each call a data binder
     * of its own (with every form's editors), and the body's reader is made once, not per call. A body that is not
     * JSON is refused as a {@code @RequestBody} one would be. The answer is always JSON, written here too: through
     * the message converters, choosing one by the Accept header took a tenth of a lead's CPU in the app, and a lead
     * stored must not be answered 406.
     */
    @PostMapping(path = "/api/leads", consumes = MediaType.APPLICATION_JSON_VALUE)
    void take(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        LeadRequest lead;
        try {
            lead = leads.readValue(request.getInputStream());
        } catch (JacksonException unreadable) {
            throw new HttpMessageNotReadableException("not a lead", unreadable, new ServletServerHttpRequest(request));
        }
        if (lead == null) {
            throw new HttpMessageNotReadableException("no lead", new ServletServerHttpRequest(request));
        }
        UUID requestId;
        try {
            String sent = request.getHeader("Idempotency-Key");
            requestId = sent == null ? UUID.randomUUID() : UUID.fromString(sent.strip());
        } catch (IllegalArgumentException notAUuid) {
            answer(response, HttpStatus.BAD_REQUEST, Map.of("errors", List.of(Map.of("field", "Idempotency-Key",
                    "message", messages.getMessage("typeMismatch", null, "typeMismatch", locale)))));
            return;
        }
        LeadIntake.Result result = intake.take(new LeadDraft(lead.name(), lead.email(), lead.phone(), lead.jobTitle(),
                lead.company(), lead.sourceId(), lead.message(), Boolean.TRUE.equals(lead.consent())), requestId, null);
        if (result.lead() == null) {
            List<Map<String, String>> errors = result.violations().stream().map(v -> error(v, locale)).toList();
            answer(response, HttpStatus.UNPROCESSABLE_CONTENT, Map.of("errors", errors));
            return;
        }
        Lead stored = result.lead();
        answer(response, HttpStatus.CREATED, new Stored(stored.id(), stored.status().name(), stored.respondBy().toString()));
    }

    private void answer(HttpServletResponse response, HttpStatus status, Object body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answers.writeValue(StreamUtils.nonClosing(response.getOutputStream()), body);
    }

    private Map<String, String> error(Violation violation, Locale locale) {
        return Map.of("field", violation.field(), "message",
                messages.getMessage(violation.messageKey(), violation.args().toArray(), violation.messageKey(), locale));
    }
}
