package org.driftlab;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of the architecture note: a lower layer never imports a higher one; JavaFX only in the app. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.driftlab");
        // A rule over no classes would pass vacuously.
        assertTrue(classes.size() > 50, "classes imported: " + classes.size());
    }

    @Test
    void lowerLayersNeverImportHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("app").definedBy("org.driftlab.app..")
                .layer("cli").definedBy("org.driftlab.cli..")
                .layer("experiment").definedBy("org.driftlab.experiment..")
                .layer("report").definedBy("org.driftlab.report..")
                .layer("model").definedBy("org.driftlab.model..")
                .layer("data").definedBy("org.driftlab.data..")
                .layer("analog").definedBy("org.driftlab.analog..")
                .layer("config").definedBy("org.driftlab.config..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("app", "cli", "experiment")
                .whereLayer("model").mayOnlyBeAccessedByLayers("app", "cli", "experiment", "report")
                .whereLayer("data").mayOnlyBeAccessedByLayers("app", "cli", "experiment", "report")
                .whereLayer("analog").mayOnlyBeAccessedByLayers("app", "cli", "experiment", "report", "model", "data")
                .check(classes);
    }

    @Test
    void javaFxOnlyInTheApp() {
        noClasses().that().resideOutsideOfPackage("org.driftlab.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
