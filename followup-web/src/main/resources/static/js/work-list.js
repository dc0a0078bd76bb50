// My follow-ups: after a row is checked off or moved, the keyboard focus goes to the next row's first button
// (the row before it when it was the last), not to the page body; when the answer is a refused form, to its
// first field in error. Rows are found by their ids, which the answer keeps.
(function () {
    "use strict";
    var nextId = null;

    document.addEventListener("htmx:beforeRequest", function (event) {
        var element = event.detail.elt;
        var row = element.closest ? element.closest("#my-follow-ups li") : null;
        if (!row || event.detail.requestConfig.verb !== "post") {
            return;
        }
        var rows = Array.prototype.slice.call(document.querySelectorAll("#my-follow-ups li:not(.due-done)"));
        var place = rows.indexOf(row);
        var next = rows[place + 1] || rows[place - 1];
        nextId = next ? next.id : "";
    });

    document.addEventListener("htmx:afterSettle", function (event) {
        if (nextId === null) {
            return;
        }
        var list = document.getElementById("my-follow-ups");
        var refused = event.detail.target && event.detail.target.id === "my-follow-ups" && list
                && list.querySelector("details[open] form");
        var target;
        if (refused) {
            target = refused.querySelector(".field-error:not(:empty)");
            target = target ? target.parentElement.querySelector("input, select") : refused.querySelector("input:not([type=hidden]), select");
        } else {
            var next = nextId && document.getElementById(nextId);
            target = next ? next.querySelector("button") || next.querySelector("a") : document.querySelector("main h1");
        }
        nextId = null;
        if (target) {
            if (!target.matches("button, a, input, select")) {
                target.setAttribute("tabindex", "-1");
            }
            target.focus();
        }
    });
})();
