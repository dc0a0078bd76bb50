// The leads inbox refreshes its rows every few seconds (htmx). A person can pause that (WCAG 2.2.2), and a screen
// reader hears only when the number of open leads changes, never the whole list at every refresh.
(function () {
    "use strict";
    var paused = false;

    document.addEventListener("click", function (event) {
        var button = event.target.closest("#inbox-pause");
        if (!button) {
            return;
        }
        paused = !paused;
        button.setAttribute("aria-pressed", String(paused));
        button.textContent = paused ? button.dataset.paused : button.dataset.live;
    });

    document.addEventListener("htmx:beforeRequest", function (event) {
        if (paused && event.detail.elt && event.detail.elt.id === "inbox-rows") {
            event.preventDefault();
        }
    });

    var shown = null;
    document.addEventListener("htmx:afterSettle", function (event) {
        var rows = document.getElementById("inbox-rows");
        var news = document.getElementById("inbox-news");
        if (!rows || !news || !rows.contains(event.detail.elt) && event.detail.elt !== rows) {
            return;
        }
        if (shown !== null && rows.dataset.count !== shown) {
            news.textContent = rows.dataset.news;
        }
        shown = rows.dataset.count;
    });

    document.addEventListener("DOMContentLoaded", function () {
        var rows = document.getElementById("inbox-rows");
        shown = rows ? rows.dataset.count : null;
    });
})();
