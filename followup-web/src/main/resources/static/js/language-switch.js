// Switching the language keeps what was typed: on the way out, the fields of the page's forms are kept in this
// tab's sessionStorage, by form; on the page in the other language, a form with the same action gets them back.
// Passwords, the CSRF token and other hidden fields are never kept, and what is not picked up within a minute is
// forgotten, so a later visit to the same form starts empty.
(function () {
    "use strict";
    var KEY = "followup-typed:";

    function kept(field) {
        return field.name && field.type !== "password" && field.type !== "hidden" && field.type !== "file"
            && field.type !== "submit" && field.type !== "button" && !field.disabled;
    }

    function keep() {
        document.querySelectorAll("main form[method=post]").forEach(function (form) {
            var typed = {};
            Array.prototype.forEach.call(form.elements, function (field) {
                if (!kept(field)) {
                    return;
                }
                if (field.type === "checkbox" || field.type === "radio") {
                    typed[field.id || field.name + "=" + field.value] = field.checked;
                } else {
                    typed[field.id || field.name] = field.value;
                }
            });
            sessionStorage.setItem(KEY + form.getAttribute("action"), JSON.stringify({at: Date.now(), typed: typed}));
        });
    }

    function restore() {
        document.querySelectorAll("main form[method=post]").forEach(function (form) {
            var key = KEY + form.getAttribute("action");
            var stored = sessionStorage.getItem(key);
            if (!stored) {
                return;
            }
            sessionStorage.removeItem(key);
            var saved = JSON.parse(stored);
            if (Date.now() - saved.at > 60000) {
                return;
            }
            var typed = saved.typed;
            Array.prototype.forEach.call(form.elements, function (field) {
                if (!kept(field)) {
                    return;
                }
                var name = field.type === "checkbox" || field.type === "radio"
                    ? field.id || field.name + "=" + field.value : field.id || field.name;
                if (!Object.prototype.hasOwnProperty.call(typed, name)) {
                    return;
                }
                if (field.type === "checkbox" || field.type === "radio") {
                    field.checked = typed[name];
                } else {
                    field.value = typed[name];
                }
                field.dispatchEvent(new Event("change", {bubbles: true}));
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        restore();
        document.querySelectorAll(".language-switch a").forEach(function (link) {
            link.addEventListener("click", keep);
        });
    });
})();
