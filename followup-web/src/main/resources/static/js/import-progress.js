// The progress of an import, on its two pages.
// Upload: the form is sent by htmx; its htmx:xhr:progress events move the <progress> as the file goes, and once the
// whole file is sent the status line says that the rows are being checked (the server's part, no figure to show).
// Confirmation: once the import is sent, the #import-progress box appears and asks the server how far it is every
// second (importing/progress.html polls itself while the import runs); the import's answer replaces it.
(function () {
    "use strict";

    function uploadParts(form) {
        var box = document.querySelector(form.dataset.uploadProgress);
        return box && {box: box, bar: box.querySelector("progress"), status: box.querySelector("[role=status]")};
    }

    document.addEventListener("htmx:beforeRequest", function (event) {
        var form = event.detail.elt;
        if (!(form instanceof HTMLFormElement)) {
            return;
        }
        if (form.dataset.uploadProgress) {
            var parts = uploadParts(form);
            if (parts) {
                parts.box.hidden = false;
                parts.bar.value = 0;
                parts.status.textContent = parts.status.dataset.sending;
            }
        } else if (form.dataset.importProgress) {
            var progress = document.querySelector(form.dataset.importProgress);
            if (progress) {
                progress.hidden = false;
                htmx.trigger(progress, "import-started");
            }
        }
    });

    document.addEventListener("htmx:xhr:progress", function (event) {
        var form = event.detail.elt;
        if (!(form instanceof HTMLFormElement) || !form.dataset.uploadProgress || !event.detail.lengthComputable) {
            return;
        }
        var parts = uploadParts(form);
        if (!parts) {
            return;
        }
        var total = event.detail.total || 1;
        if (event.detail.loaded >= total) {
            parts.bar.removeAttribute("value"); // the file is sent; the rows are being checked: busy, no figure
            if (parts.status.textContent !== parts.status.dataset.checking) {
                parts.status.textContent = parts.status.dataset.checking;
            }
        } else {
            parts.bar.value = Math.floor(100 * event.detail.loaded / total);
        }
    });

    // an upload or a confirmation that failed (no answer, a server error) leaves its page as it was: the box goes with its polling
    document.addEventListener("htmx:afterRequest", function (event) {
        var form = event.detail.elt;
        if (form instanceof HTMLFormElement && form.dataset.uploadProgress && !event.detail.successful) {
            var parts = uploadParts(form);
            if (parts) {
                parts.box.hidden = true;
            }
        }
        if (form instanceof HTMLFormElement && form.dataset.importProgress && !event.detail.successful) {
            var progress = document.querySelector(form.dataset.importProgress);
            if (progress) {
                progress.remove();
            }
        }
    });
})();
