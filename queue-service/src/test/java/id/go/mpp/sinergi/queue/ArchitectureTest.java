package id.go.mpp.sinergi.queue;

import id.go.mpp.sinergi.testing.architecture.HouseRulesContract;

/** The house rules (platform-testing's HouseRules) on queue-service's main classes. */
class ArchitectureTest extends HouseRulesContract {

    ArchitectureTest() {
        super("id.go.mpp.sinergi.queue");
    }
}
