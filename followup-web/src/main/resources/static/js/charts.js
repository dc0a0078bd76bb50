// Draws every <canvas data-chart='{...}'> with Chart.js, on page load and after htmx swaps in new panels.
// The chart's data comes from the server as JSON in the attribute; each chart has a table beside it for
// screen readers and anyone who prefers numbers, so the canvas itself is hidden from assistive technology.
(function () {
    "use strict";
    var GOAL = "#1f6f5c", ACTUAL = "#2b6cb0", MUTED = "#6c757d";

    // the value axis starts at zero, so no bar sits invisible on the axis; percentages read 0-100 %, counts whole
    function scales(spec) {
        var value = {beginAtZero: true, ticks: {}};
        if (spec.scale === "percent") {
            value.suggestedMax = 100;
            value.ticks.callback = function (v) { return v + " %"; };
        } else if (spec.scale === "count") {
            value.ticks.precision = 0;
        }
        var axes = {};
        axes[spec.horizontal ? "x" : "y"] = value;
        return axes;
    }

    // a chart is drawn when it comes near the screen, so that opening a dashboard draws only the charts in view
    var nearScreen = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
            if (entry.isIntersecting) {
                nearScreen.unobserve(entry.target);
                drawChart(entry.target);
            }
        });
    }, {rootMargin: "200px"}) : null;

    function draw(root) {
        if (!window.Chart) {
            return;
        }
        root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
            if (canvas.chart) {
                canvas.chart.destroy();
                canvas.chart = undefined;
            }
            if (nearScreen) {
                nearScreen.observe(canvas);
            } else {
                drawChart(canvas);
            }
        });
    }

    function drawChart(canvas) {
        var spec = JSON.parse(canvas.getAttribute("data-chart"));
        canvas.chart = new window.Chart(canvas, {
            type: spec.type,
            data: {
                labels: spec.labels,
                datasets: spec.datasets.map(function (set, i) {
                    var colour = set.colour || [ACTUAL, GOAL, MUTED][i % 3];
                    return {
                        label: set.label, data: set.data, borderColor: colour,
                        backgroundColor: spec.type === "line" ? colour : colour + "cc",
                        borderWidth: 2, pointRadius: 2, tension: 0.2, spanGaps: true
                    };
                })
            },
            options: {
                responsive: true, maintainAspectRatio: false, animation: false,
                indexAxis: spec.horizontal ? "y" : "x",
                plugins: {legend: {display: spec.datasets.length > 1, position: "bottom"}},
                scales: scales(spec)
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () { draw(document); });
    // after an outerHTML swap the event's target is the element that left, so look at the whole page again
    document.addEventListener("htmx:afterSettle", function () { draw(document); });
})();
