// My follow-ups: after a row is checked off or moved, the keyboard focus goes to the next row's first button
// (the row before it when it was the last), not to the page body; when the answer is a refused form, to its
// first field in error. Rows are found by their ids, which the answer keeps.
(function () {
    "use strict";
    var nextId = null;

    // A row's three actions, written as plain HTML (no hx- attributes on every row, to keep a long list light):
    // "Done, next as usual" sends the shared form "quick", with the button's "item id:version", with htmx, and the
    // answer names the row it replaces; Check off (the link after it) and Reschedule (the last link) fetch the row's
    // form in their own place. Without JavaScript the button submits the form and the links lead to the item's page,
    // as does a click with a modifier key (a new tab).
    document.addEventListener("click", function (event) {
        if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
                || event.altKey || !window.htmx || !event.target.closest) {
            return;
        }
        var action = event.target.closest("#my-follow-ups li > button, #my-follow-ups li > a");
        var quick = document.getElementById("quick");
        if (!action || !quick) {
            return;
        }
        event.preventDefault();
        if (action.tagName === "BUTTON") {
            htmx.ajax("POST", quick.getAttribute("action"), {source: action});
            return;
        }
        var form = action.previousElementSibling && action.previousElementSibling.tagName === "BUTTON" ? "/form" : "/reschedule";
        var row = quick.getAttribute("action") + "/" + action.parentElement.id.substring("item-".length);
        htmx.ajax("GET", row + form, {source: action, target: action, swap: "outerHTML"});
    });

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
