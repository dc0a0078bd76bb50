package com.followup.web.html;

import nu.validator.client.EmbeddedValidator;
import nu.validator.messages.GnuMessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Nu checker as {@link EmbeddedValidator#validate(java.io.InputStream)} runs it (GNU output, no language detection),
 * but reading its HTML schema once: {@code EmbeddedValidator} compiles html5-all.rnc again for every page, which is most
 * of a page's check. Each page still gets a validator, parsers and message handler of its own, built from the one
 * compiled schema, as the checker's own web service does. Not thread-safe: one per thread.
 */
final class NuChecker {

    private final SimpleDocumentValidator validator;

    NuChecker() {
        // the arguments EmbeddedValidator passes: log4j set up, URLs not logged, language detection off
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
        } catch (Exception e) {
            throw new IllegalStateException("The Nu checker could not read its HTML schema", e);
        }
    }

    /** The checker's GNU-format report on one page. */
    String check(String html) throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        MessageEmitterAdapter messages = new MessageEmitterAdapter(null, validator.getSourceCode(), true,
                new ImageCollector(validator.getSourceCode()), 0, true, new GnuMessageEmitter(report, false));
        messages.setErrorsOnly(false);
        messages.setHtml(true);
        messages.start(null);
        validator.setUpValidatorAndParsers(messages, false, false);
        validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        messages.end("Document checking completed. No errors found.", "Document checking completed.", "");
        return report.toString(StandardCharsets.UTF_8);
    }
}
