package id.go.mpp.sinergi.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each house rule fails on its violation: the package {@code broken} holds one deliberately broken class per rule
 * (a "queue" service and a "complaint" one), and each rule reports exactly its own class among all of them.
 */
class HouseRulesTest {

    private static final String BROKEN = "id.go.mpp.sinergi.testing.architecture.broken";
    private static final String QUEUE = BROKEN + ".queue";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(BROKEN);

    @Test
    void aDomainClassHoldingAJacksonMapperBreaksTheFrameworkFreeDomain() {
        assertOneViolation(HouseRules.domainImportsNoFramework(QUEUE), "TicketJson.mapper", "ObjectMapper");
    }

    @Test
    void ticketsAndCountersUsingEachOtherAreAPackageCycle() {
        String violation = assertOneViolation(HouseRules.noPackageCycles(QUEUE), "Cycle detected", "Ticket.calledAt");
        assertTrue(violation.contains("Counter.serving"), violation);
    }

    @Test
    void aQueueClassHoldingAComplaintClassBreaksServiceIndependence() {
        assertOneViolation(HouseRules.noDependencyOn(QUEUE, List.of(BROKEN + ".complaint")),
                "VisitComplaints.latest", "complaint.Complaint");
    }

    @Test
    void aResourceHoldingTheStoreBypassesTheApplicationLayer() {
        assertOneViolation(HouseRules.apiReachesStoreOnlyThroughApp(QUEUE), "TicketResource.rows", "store.TicketRows");
    }

    @Test
    void aConsumerHoldingAResourceBreaksMessagingWithoutApi() {
        assertOneViolation(HouseRules.messagingNeverImportsApi(QUEUE), "BoardFeed.resource", "api.TicketResource");
    }

    @Test
    void instantNowOutsideTheTimePackageReadsTheSystemClock() {
        assertOneViolation(HouseRules.systemClockReadOnlyInTimePackage(QUEUE), "ExpirySweep.expired", "Instant.now()");
    }

    @Test
    void eachServiceIsKeptFromTheOthersAndThePlatformFromThemAll() {
        assertEquals(List.of("id.go.mpp.sinergi.complaint", "id.go.mpp.sinergi.survey", "id.go.mpp.sinergi.gateway"),
                HouseRules.otherServices("id.go.mpp.sinergi.queue"));
        assertEquals(4, HouseRules.otherServices("id.go.mpp.sinergi.core").size());
    }

    /** The rule reports exactly one violation, which names all the given fragments; returns it. */
    private static String assertOneViolation(ArchRule rule, String... fragments) {
        List<String> details = rule.evaluate(CLASSES).getFailureReport().getDetails();
        assertEquals(1, details.size(), () -> rule.getDescription() + " reported " + details);
        for (String fragment : fragments) {
            assertTrue(details.get(0).contains(fragment), () -> "expected '" + fragment + "' in " + details.get(0));
        }
        return details.get(0);
    }
}
