// Item lists: "Select all on this page" ticks or clears every item's box, and shows as mixed while only some are
// ticked. Listens on the document, so a list redrawn by a filter change keeps working.
(function () {
    "use strict";

    function boxes() {
        return Array.prototype.slice.call(document.querySelectorAll("input.bulk-choice"));
    }

    document.addEventListener("change", function (event) {
        var all = document.getElementById("bulk-all");
        if (!all) {
            return;
        }
        if (event.target === all) {
            boxes().forEach(function (box) { box.checked = all.checked; });
        } else if (event.target.classList.contains("bulk-choice")) {
            var ticked = boxes().filter(function (box) { return box.checked; }).length;
            all.checked = ticked > 0 && ticked === boxes().length;
            all.indeterminate = ticked > 0 && ticked < boxes().length;
        }
    });
})();
