// Bootstrap's CSS trimmed to the selectors whose names appear in the templates, the app's scripts and the Java
// sources (a class chosen in Java, such as a countdown's badge), written over src/main/resources/static/css/bootstrap.css.
// Run it after changing the classes a template uses or Bootstrap's version:  cd followup-web/purgecss && npm ci && npm run trim
// TrimmedBootstrapTest fails when a template uses a Bootstrap class the trimmed file lacks.
import { readFileSync, writeFileSync } from "node:fs";
import { PurgeCSS } from "purgecss";

const main = "../src/main";
const bootstrap = "node_modules/bootstrap/dist/css/bootstrap.min.css";
const version = JSON.parse(readFileSync("node_modules/bootstrap/package.json", "utf8")).version;

const [result] = await new PurgeCSS().purge({
    content: [`${main}/resources/templates/**/*.html`, `${main}/resources/static/js/*.js`, `${main}/java/**/*.java`],
    css: [bootstrap],
    // classes and attributes Bootstrap's own script sets: the navigation's collapse and its dropdown menus
    safelist: {
        standard: ["show", "collapsing", "collapsed"],
        greedy: [/data-bs-popper/],
    },
});
const css = result.css.replace(/\/\*# sourceMappingURL=.*?\*\//, "").replace(/^@charset "UTF-8";\/\*![\s\S]*?\*\//, "");
writeFileSync(`${main}/resources/static/css/bootstrap.css`, `@charset "UTF-8";/*!
 * Bootstrap v${version} (https://getbootstrap.com/), Copyright 2011-2025 The Bootstrap Authors, licensed under MIT
 * (https://github.com/twbs/bootstrap/blob/main/LICENSE). Generated: trimmed by PurgeCSS to what Followup uses,
 * do not edit; regenerate with followup-web/purgecss/trim-bootstrap.mjs.
 */${css}
`);
console.log(`bootstrap.css: ${css.length} characters of ${readFileSync(bootstrap, "utf8").length}`);
