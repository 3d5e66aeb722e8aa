package org.backupconsole.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering that docs/ARCHITECTURE.md draws, held by the build instead of by reviews. */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backupconsole");

    @Test
    void viewModelsUseNoToolkit() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveFullyQualifiedName("org.backupconsole.ui.common.UiExecutors")
                .or().haveFullyQualifiedName("org.backupconsole.ui.common.Command")
                .or().haveFullyQualifiedName("org.backupconsole.ui.common.Failure")
                .or().haveFullyQualifiedName("org.backupconsole.ui.common.Request")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.animation..", "javafx.application..")
                .because("view models are tested without a toolkit and never block on it")
                .check(PRODUCT);
    }

    @Test
    void theWireContractKnowsNeitherTheClientNorTheServer() {
        noClasses().that().resideInAPackage("org.backupconsole.wire..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backupconsole.live..", "org.backupconsole.server..")
                .because("the live client and the local server share one contract")
                .check(PRODUCT);
    }

    @Test
    void theDomainAndTheStrictReaderStandAlone() {
        classes().that().resideInAPackage("org.backupconsole.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.backupconsole.domain..", "java..")
                .check(PRODUCT);
        classes().that().resideInAPackage("org.backupconsole.json..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.backupconsole.json..", "java..",
                        "com.fasterxml.jackson..")
                .check(PRODUCT);
    }

    @Test
    void theEngineAndTheAdaptersDoNotReachIntoTheUserInterface() {
        noClasses().that().resideInAnyPackage("org.backupconsole.engine..", "org.backupconsole.live..",
                        "org.backupconsole.server..", "org.backupconsole.wire..", "org.backupconsole.backend..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backupconsole.ui..", "org.backupconsole.app..",
                        "javafx..")
                .check(PRODUCT);
    }
}
