package com.followup;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layers honest: the domain is plain Java, the web never touches storage, and features form no cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.followup");

    @Test
    void the_domain_depends_on_the_jdk_only() {
        noClasses().that().resideInAPackage("com.followup.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.followup.domain..", "java..")
                .check(CLASSES);
    }

    @Test
    void the_domain_knows_nothing_of_the_other_layers() {
        noClasses().that().resideInAPackage("com.followup.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.followup.web..", "com.followup.persistence..")
                .check(CLASSES);
    }

    @Test
    void the_web_never_reaches_persistence() {
        noClasses().that().resideInAPackage("com.followup.web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.followup.persistence..", "jakarta.persistence..",
                        "org.springframework.data.jpa..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void every_csv_is_written_by_the_one_writer_that_neutralises_formulas() {
        noClasses().that().resideOutsideOfPackage("com.followup.web.csv..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
                .check(CLASSES);
    }

    @Test
    void persistence_never_reaches_the_web() {
        noClasses().that().resideInAPackage("com.followup.persistence..")
                .should().dependOnClassesThat().resideInAPackage("com.followup.web..")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "persistence", "web"})
    void feature_packages_depend_on_each_other_without_cycles(String module) {
        slices().matching("com.followup." + module + ".(*)..").namingSlices("$1 in " + module)
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void the_domain_module_declares_no_dependency_but_test_libraries() throws IOException {
        assertThat(dependenciesOf("followup-domain")).allSatisfy(d -> assertThat(d).contains("<scope>test</scope>"));
    }

    @Test
    void the_web_module_gets_persistence_at_run_time_only() throws IOException {
        assertThat(dependenciesOf("followup-web"))
                .filteredOn(d -> d.contains("<artifactId>followup-persistence</artifactId>"))
                .allSatisfy(d -> assertThat(d).containsAnyOf("<scope>runtime</scope>", "<scope>test</scope>"))
                .isNotEmpty();
    }

    private static List<String> dependenciesOf(String module) throws IOException {
        String pom = Files.readString(Path.of("..", module, "pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        return Arrays.stream(dependencies.split("<dependency>")).skip(1).toList();
    }
}
