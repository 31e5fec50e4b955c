package org.mlpworkbench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the design: the pipeline points one way, and only the UI knows JavaFX. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mlpworkbench");
    }

    @Test
    void onlyTheUiAndLauncherUseJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage("org.mlpworkbench.ui..")
                .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the core must run headless and be testable without the toolkit")
                .check(classes);
    }

    @Test
    void pipelineDependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("data").definedBy("org.mlpworkbench.data..")
                .layer("prep").definedBy("org.mlpworkbench.prep..")
                .layer("model").definedBy("org.mlpworkbench.model..")
                .layer("train").definedBy("org.mlpworkbench.train..")
                .layer("metrics").definedBy("org.mlpworkbench.metrics..")
                .layer("bundle").definedBy("org.mlpworkbench.bundle..")
                .layer("tune").definedBy("org.mlpworkbench.tune..")
                .layer("bench").definedBy("org.mlpworkbench.bench..")
                .layer("cli").definedBy("org.mlpworkbench.cli..")
                .layer("ui").definedBy("org.mlpworkbench.ui..")
                .layer("launcher").definedBy("org.mlpworkbench")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("tune").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("bundle").mayOnlyBeAccessedByLayers("tune", "bench", "cli", "ui")
                .whereLayer("metrics").mayOnlyBeAccessedByLayers("bundle", "tune", "bench", "cli", "ui")
                .whereLayer("train").mayOnlyBeAccessedByLayers("metrics", "bundle", "tune", "bench", "cli", "ui")
                .whereLayer("model").mayOnlyBeAccessedByLayers("train", "metrics", "bundle", "tune", "bench", "cli", "ui")
                .whereLayer("prep").mayOnlyBeAccessedByLayers("model", "train", "metrics", "bundle", "tune", "bench", "cli", "ui")
                .whereLayer("data").mayOnlyBeAccessedByLayers("prep", "model", "train", "metrics", "bundle", "tune", "bench", "cli", "ui")
                .check(classes);
    }

    @Test
    void noJavaSerialization() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.io.ObjectInputStream")
                .because("loading a file must never execute anything from it")
                .check(classes);
    }
}
