package id.go.mpp.sinergi.complaint;

import id.go.mpp.sinergi.testing.architecture.HouseRulesContract;

/** The house rules (platform-testing's HouseRules) on complaint-service's main classes. */
class ArchitectureTest extends HouseRulesContract {

    ArchitectureTest() {
        super("id.go.mpp.sinergi.complaint");
    }
}
