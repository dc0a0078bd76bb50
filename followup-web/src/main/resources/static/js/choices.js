// Parts of a form that only some choices need: in a <form data-choice="outcome">, an element with
// data-shown-for="POSTPONED" shows only while the checked "outcome" is one of the listed values. Without
// JavaScript every part shows, and the server still says which one a choice needs.
(function () {
    "use strict";

    function update(form) {
        var name = form.dataset.choice;
        var checked = form.querySelector("input[name='" + name + "']:checked");
        form.querySelectorAll("[data-shown-for]").forEach(function (part) {
            part.hidden = !checked || part.dataset.shownFor.split(" ").indexOf(checked.value) < 0;
        });
    }

    function updateAll(root) {
        root.querySelectorAll("form[data-choice]").forEach(update);
    }

    document.addEventListener("DOMContentLoaded", function () { updateAll(document); });
    document.addEventListener("htmx:afterSettle", function () { updateAll(document); });
    document.addEventListener("change", function (event) {
        var form = event.target.form;
        if (form && form.dataset.choice && event.target.name === form.dataset.choice) {
            update(form);
        }
    });
})();
