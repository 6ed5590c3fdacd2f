package id.go.mpp.sinergi.gateway;

import id.go.mpp.sinergi.testing.architecture.HouseRulesContract;

/** The house rules (platform-testing's HouseRules) on agency-gateway's main classes. */
class ArchitectureTest extends HouseRulesContract {

    ArchitectureTest() {
        super("id.go.mpp.sinergi.gateway");
    }
}
