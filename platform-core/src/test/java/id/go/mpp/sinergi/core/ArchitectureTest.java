package id.go.mpp.sinergi.core;

import id.go.mpp.sinergi.testing.architecture.HouseRulesContract;

/** The house rules (platform-testing's HouseRules) on platform-core's main classes. */
class ArchitectureTest extends HouseRulesContract {

    ArchitectureTest() {
        super("id.go.mpp.sinergi.core");
    }
}
