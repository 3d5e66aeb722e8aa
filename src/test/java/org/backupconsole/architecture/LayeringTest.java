package org.backupconsole.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.Durations;
import org.backupconsole.engine.NetworkConditions;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.engine.model.Principal;
import org.junit.jupiter.api.Test;

/** The layering that docs/ARCHITECTURE.md draws, held by the build instead of by reviews. */
class LayeringTest {

    private static final String FACADE = "org.backupconsole.engine";
    private static final String MODEL = "org.backupconsole.engine.model..";
    private static final String FILE = "org.backupconsole.engine.file..";
    private static final String SCENARIO = "org.backupconsole.engine.scenario..";

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
    void theActivityJournalStandsOnThePortAlone() {
        classes().that().resideInAPackage("org.backupconsole.activity..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.backupconsole.activity..",
                        "org.backupconsole.backend..", "org.backupconsole.domain..", "org.backupconsole.json..", "java..",
                        "com.fasterxml.jackson..")
                .because("the engine saves a session's journal and the window and the scripts write it, so it knows "
                        + "none of them")
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

    @Test
    void theEngineModelKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(FACADE, FILE, SCENARIO)
                .because("the state file and the scenarios are built on the model, never the other way")
                .check(PRODUCT);
    }

    @Test
    void theFilesAndScenariosUseOnlyTheFacadesValues() {
        DescribedPredicate<JavaClass> facadeOperations = resideInAPackage(FACADE)
                .and(not(belongToAnyOf(VirtualClock.class, NetworkConditions.class, Durations.class, DrillOutcome.class)));
        noClasses().that().resideInAnyPackage(FILE, SCENARIO)
                .should().dependOnClassesThat(facadeOperations)
                .because("the facade plays scenarios and saves simulations; what it is made of does not call it back")
                .check(PRODUCT);
        noClasses().that().resideInAPackage(FILE)
                .should().dependOnClassesThat().resideInAPackage(SCENARIO)
                .because("scenario files are read with the JSON forms of engine.file, not the other way")
                .check(PRODUCT);
    }

    @Test
    void theUserInterfaceReachesTheEngineOnlyThroughItsFacade() {
        noClasses().that().resideInAPackage("org.backupconsole.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(MODEL, FILE, SCENARIO)
                .because("the pages use Simulation and its read-only values, never the engine's parts")
                .check(PRODUCT);
    }

    @Test
    void theServerReachesTheModelOnlyForTheValuesTheFacadeHandsOut() {
        noClasses().that().resideInAPackage("org.backupconsole.server..")
                .should().dependOnClassesThat(resideInAnyPackage(MODEL, FILE, SCENARIO)
                        .and(not(belongToAnyOf(FaultRule.class, Principal.class))))
                .because("the local API changes the simulation through Simulation's operations, never the engine")
                .check(PRODUCT);
    }

    @Test
    void theCommandLineUsesThePortAndTheFacadeOnly() {
        noClasses().that().resideInAPackage("org.backupconsole.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backupconsole.ui..", "org.backupconsole.app..",
                        "javafx.scene..", MODEL, FILE, SCENARIO)
                .because("scripts get the window's rules through the port, the domain and the engine's facade, "
                        + "and run without a toolkit")
                .check(PRODUCT);
    }
}
