package com.followup.web.html;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages load Bootstrap's CSS trimmed by PurgeCSS ({@code followup-web/purgecss}); a template, script or Java
 * class that starts using a Bootstrap class the trimmed file lacks fails here until it is regenerated.
 */
class TrimmedBootstrapTest {

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\sclass=\"([^\"]*)\"");
    private static final Pattern CLASS_EXPRESSION = Pattern.compile("th:(?:classappend|class|errorclass)=\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"\\\\]*)\"");
    private static final Pattern SELECTOR_CLASS = Pattern.compile("\\.(-?[A-Za-z_][\\w-]*)");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final WebJarVersionLocator webJars = new WebJarVersionLocator();

    @Test
    void every_bootstrap_class_the_templates_scripts_and_java_use_is_in_the_trimmed_css() throws IOException {
        Set<String> full = classesIn(read(resources.getResource("classpath:" + webJars.fullPath("bootstrap", "dist/css/bootstrap.min.css"))));
        Set<String> trimmed = classesIn(read(resources.getResource("classpath:static/css/bootstrap.css")));

        Set<String> used = new TreeSet<>();
        for (Resource template : resources.getResources("classpath:templates/**/*.html")) {
            String html = read(template);
            CLASS_ATTRIBUTE.matcher(html).results().forEach(m -> used.addAll(words(m.group(1))));
            CLASS_EXPRESSION.matcher(html).results().forEach(m -> used.addAll(quotedWords(m.group(1))));
        }
        for (Resource script : resources.getResources("classpath:static/js/*.js")) {
            used.addAll(quotedWords(read(script)));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> used.addAll(quotedWords(readString(p))));
        }
        used.retainAll(full);

        assertThat(used).contains("btn", "form-control", "badge", "navbar-toggler", "dropdown-menu", "text-bg-light");
        assertThat(trimmed).containsAll(used);
        // set by Bootstrap's script as the menus open, never written in a template
        assertThat(trimmed).contains("show", "collapsing");
    }

    @Test
    void the_trimmed_css_comes_from_the_bootstrap_version_the_app_ships() throws IOException {
        String trimmed = read(resources.getResource("classpath:static/css/bootstrap.css"));
        assertThat(trimmed).contains("Bootstrap v" + webJars.version("bootstrap") + " ");
    }

    private static Set<String> classesIn(String css) {
        // declarations hold no selectors, and their values (urls, numbers) would read as class names
        String selectors = css.replaceAll("\\{[^{}]*}", "{}");
        Set<String> classes = new TreeSet<>();
        Matcher m = SELECTOR_CLASS.matcher(selectors);
        while (m.find()) {
            classes.add(m.group(1));
        }
        return classes;
    }

    private static Set<String> quotedWords(String text) {
        Set<String> words = new TreeSet<>();
        QUOTED.matcher(text).results()
                .forEach(m -> words.addAll(words(m.group(1) != null ? m.group(1) : m.group(2))));
        return words;
    }

    private static Set<String> words(String classes) {
        return new TreeSet<>(Arrays.asList(classes.trim().split("\\s+")));
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
