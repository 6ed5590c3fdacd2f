package id.go.mpp.sinergi.survey;

import id.go.mpp.sinergi.testing.architecture.HouseRulesContract;

/** The house rules (platform-testing's HouseRules) on survey-service's main classes. */
class ArchitectureTest extends HouseRulesContract {

    ArchitectureTest() {
        super("id.go.mpp.sinergi.survey");
    }
}
