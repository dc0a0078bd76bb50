// The Sales pipeline: a card dragged to another stage is moved by the same form the keyboard uses (its stage
// chosen, then sent), so a drag and a Move are one request, refused the same way. SortableJS does the dragging.
(function () {
    "use strict";

    function enable() {
        if (typeof Sortable === "undefined") {
            return;
        }
        document.querySelectorAll("#board .pipeline-stage").forEach(function (list) {
            if (list.sortable) {
                return;
            }
            list.sortable = Sortable.create(list, {
                group: "pipeline",
                draggable: ".movable",
                filter: "select, button, a, input",
                preventOnFilter: false,
                sort: false,
                forceFallback: true,
                onEnd: function (event) {
                    if (event.from === event.to) {
                        return;
                    }
                    var form = event.item.querySelector("form.board-move");
                    form.querySelector("select[name=stage]").value = event.to.dataset.stage;
                    form.requestSubmit();
                }
            });
        });
    }

    document.addEventListener("DOMContentLoaded", enable);
    document.addEventListener("htmx:afterSettle", enable);
})();
