package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.importing.ImportBatch;
import com.followup.domain.importing.ImportBatches;
import com.followup.web.account.SignedInUser;
import com.followup.web.csv.SpreadsheetCsvReader;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Importing a CSV file: upload, preview with every wrong row, confirmation; any kind, by its name in the address. */
@Controller
@RequestMapping("/imports/{kind}")
class ImportController {

    /** Wrong rows shown on the page; all of them are in the failed rows' download. */
    static final int SHOWN_PROBLEMS = 100;
    /**
     * A confirmation's progress older than this is from one that did not finish (its transaction rolled back): a running
     * one says how far it is after each chunk of rows, many times a minute.
     */
    static final Duration PROGRESS_FRESH = Duration.ofSeconds(30);
    /** Bytes read to find a file's header row. */
    private static final int HEAD = 65_536;

    private final ImportKinds kinds;
    private final FileImports imports;
    private final ImportBatches batches;
    private final UserAccounts accounts;
    private final FailedRowsCsv failedRows;
    private final Clock clock;

    ImportController(ImportKinds kinds, FileImports imports, ImportBatches batches, UserAccounts accounts,
                     FailedRowsCsv failedRows, Clock clock) {
        this.failedRows = failedRows;
        this.clock = clock;
        this.kinds = kinds;
        this.imports = imports;
        this.batches = batches;
        this.accounts = accounts;
    }

    @GetMapping
    String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable String kind, Model model) {
        return uploadPage(kind(kind, me), me, model);
    }

    @PostMapping
    String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, HtmxRequest htmx,
                  HttpServletResponse response, Model model) {
        ImportKind<?> found = kind(kind, me);
        try {
            String preview = "/imports/" + found.name() + "/" + imports.upload(found, file, me);
            if (htmx.isHtmxRequest()) { // sent by htmx (the page shows the upload's progress): told where to go
                response.setHeader("HX-Redirect", preview);
                return "importing/upload :: sent";
            }
            return "redirect:" + preview;
        } catch (ImportRefused refused) {
            model.addAttribute("refusedKey", refused.messageKey());
            model.addAttribute("refusedRow", refused.row());
            model.addAttribute("missingColumns", refused.missingColumns());
            model.addAttribute("fileName", file == null ? null : FileImports.fileName(file.getOriginalFilename()));
            String page = uploadPage(found, me, model);
            return htmx.isHtmxRequest() ? page + " :: form" : page;
        }
    }

    @GetMapping("/{id}")
    String batch(@AuthenticationPrincipal SignedInUser me, @PathVariable String kind, @PathVariable long id, Model model) {
        ImportKind<?> found = kind(kind, me);
        return batchPage(found, batch(found, id, me), me, model);
    }

    @PostMapping("/{id}")
    String confirm(@AuthenticationPrincipal SignedInUser me, @PathVariable String kind, @PathVariable long id,
                   RedirectAttributes redirect) {
        ImportKind<?> found = kind(kind, me);
        ImportBatch before = batch(found, id, me);
        try {
            ImportBatch after = imports.confirm(found, before, me);
            redirect.addFlashAttribute("notice", !before.awaitsConfirmation() ? "import.confirmedBefore"
                    : after.status() == before.status() ? "import.notImported" : "import.done");
        } catch (ImportRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/imports/" + found.name() + "/" + id;
    }

    /** How far the confirmation of the file is, asked every second by its page while the import runs. */
    @GetMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser me, @PathVariable String kind, @PathVariable long id,
                    Model model) {
        ImportKind<?> found = kind(kind, me);
        ImportBatch batch = batch(found, id, me);
        model.addAttribute("kindName", found.name());
        model.addAttribute("batch", batch);
        model.addAttribute("progress", freshProgress(batch));
        model.addAttribute("polling", true);
        return "importing/progress :: progress";
    }

    @GetMapping("/{id}/failed-rows.csv")
    ResponseEntity<String> failedRowsCsv(@AuthenticationPrincipal SignedInUser me,
            @PathVariable String kind, @PathVariable long id, Locale locale) {
        ImportKind<?> found = kind(kind, me);
        ImportBatch batch = batch(found, id, me);
        List<String> header;
        try {
            header = SpreadsheetCsvReader.header(batches.head(id, HEAD));
        } catch (SpreadsheetCsvReader.Unreadable e) {
            header = List.of();
        }
        return failedRows.download(batch, header, batches.problems(id, Integer.MAX_VALUE), found, locale);
    }

    private String uploadPage(ImportKind<?> kind, SignedInUser me, Model model) {
        model.addAttribute("kindName", kind.name());
        model.addAttribute("columns", kind.columns());
        model.addAttribute("largestMegabytes", imports.largest().toMegabytes());
        model.addAttribute("latest", batches.latest(kind.name(), me.id(), 10));
        model.addAttribute("listPath", kind.listPath(me));
        return "importing/upload";
    }

    private String batchPage(ImportKind<?> kind, ImportBatch batch, SignedInUser me, Model model) {
        model.addAttribute("kindName", kind.name());
        model.addAttribute("batch", batch);
        model.addAttribute("problems", batches.problems(batch.id(), SHOWN_PROBLEMS));
        model.addAttribute("listPath", kind.listPath(me));
        ImportBatches.Progress progress = freshProgress(batch);
        model.addAttribute("progress", progress);
        model.addAttribute("polling", progress != null);
        if (batch.earlierBatchId() != null) {
            ImportBatch earlier = batches.findById(batch.earlierBatchId()).orElseThrow();
            model.addAttribute("earlier", earlier);
            model.addAttribute("earlierBy", accounts.findById(earlier.uploadedBy()).map(UserAccount::displayName).orElse(""));
        }
        try {
            model.addAttribute("matched", ImportFile.matchedColumns(kind.columns(),
                    SpreadsheetCsvReader.header(batches.head(batch.id(), HEAD))));
        } catch (SpreadsheetCsvReader.Unreadable e) {
            model.addAttribute("matched", Map.of());
        }
        return "importing/batch";
    }

    /** The progress of a confirmation running now (on any instance), or null. */
    private ImportBatches.Progress freshProgress(ImportBatch batch) {
        if (!batch.awaitsConfirmation()) {
            return null;
        }
        return batches.progress(batch.id()).filter(progress -> progress.at().isAfter(clock.instant().minus(PROGRESS_FRESH)))
                .orElse(null);
    }

    private ImportKind<?> kind(String name, SignedInUser me) {
        ImportKind<?> kind = kinds.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!kind.mayImport(me)) {
            throw new AccessDeniedException(me.username() + " may not import " + name);
        }
        return kind;
    }

    /** A file of this kind uploaded by the person (directors see everyone's); any other looks like none. */
    private ImportBatch batch(ImportKind<?> kind, long id, SignedInUser me) {
        return batches.findById(id).filter(batch -> batch.kind().equals(kind.name()))
                .filter(batch -> batch.uploadedBy() == me.id() || me.isDirector())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
