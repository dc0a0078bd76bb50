// When an htmx request fails (no answer, a timeout, a server error), a message appears next to what was clicked
// instead of nothing; it goes when that element's next request starts. The words come from the page's <body>.
// A poll (data-quiet-failures, such as the navigation's lead count) says nothing: it tries again at its next turn.
(function () {
    "use strict";

    function messageFor(event) {
        var words = document.body.dataset;
        if (event.type === "htmx:responseError") {
            return event.detail.xhr.status === 503 ? words.requestDatabase : words.requestServer;
        }
        return words.requestNetwork;
    }

    function show(event) {
        if (event.type === "htmx:responseError" && event.detail.xhr.status < 500) {
            return;
        }
        var element = event.detail.elt;
        if (element.closest("[data-quiet-failures]")) {
            return;
        }
        var place = element.closest("form") || element;
        clear(place);
        var message = document.createElement("div");
        message.className = "alert alert-danger request-problem mt-2";
        message.setAttribute("role", "alert");
        message.textContent = messageFor(event);
        place.insertAdjacentElement("afterend", message);
        place.requestProblem = message;
    }

    function clear(place) {
        if (place.requestProblem) {
            place.requestProblem.remove();
            place.requestProblem = null;
        }
    }

    ["htmx:responseError", "htmx:sendError", "htmx:timeout"].forEach(function (type) {
        document.addEventListener(type, show);
    });
    document.addEventListener("htmx:beforeRequest", function (event) {
        var element = event.detail.elt;
        clear(element.closest("form") || element);
    });
})();
