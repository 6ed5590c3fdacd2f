package id.go.mpp.sinergi.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The house rules as tests: a module's {@code ArchitectureTest} extends this with its base package and inherits one
 * test per rule of {@link HouseRules}, run on its main classes only. Plain JUnit (no Quarkus start).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HouseRulesContract {

    private final String basePackage;
    private JavaClasses classes;

    protected HouseRulesContract(String basePackage) {
        this.basePackage = basePackage;
    }

    /** Imported once per test class: the six rules share one import of the module. */
    private JavaClasses classes() {
        if (classes == null) {
            classes = HouseRules.mainClassesOf(basePackage);
            if (classes.isEmpty()) {
                // A misspelt package would pass every rule on nothing.
                throw new AssertionError("no main classes found under " + basePackage);
            }
        }
        return classes;
    }

    @Test
    void theDomainImportsNoFramework() {
        HouseRules.domainImportsNoFramework(basePackage).check(classes());
    }

    @Test
    void thePackagesOfTheModuleHaveNoCycles() {
        HouseRules.noPackageCycles(basePackage).check(classes());
    }

    @Test
    void noClassUsesAnotherService() {
        HouseRules.noDependencyOnOtherServices(basePackage).check(classes());
    }

    @Test
    void resourcesReachTheStoreOnlyThroughTheApplicationLayer() {
        HouseRules.apiReachesStoreOnlyThroughApp(basePackage).check(classes());
    }

    @Test
    void messagingNeverImportsTheApi() {
        HouseRules.messagingNeverImportsApi(basePackage).check(classes());
    }

    @Test
    void onlyTheTimePackageReadsTheSystemClock() {
        HouseRules.systemClockReadOnlyInTimePackage(basePackage).check(classes());
    }
}
