package id.go.mpp.sinergi.gateway;

import id.go.mpp.sinergi.events.Topics;

/**
 * The topics every agency-gateway test starts the broker with. One value for all test classes: Quarkus starts
 * the application once for classes with the same test resources, and again for each different set.
 */
public final class GatewayTestTopics {

    public static final String ALL = Topics.QUEUE_VISITS + "," + Topics.QUEUE_BOOKINGS + "," + Topics.QUEUE_COUNTERS + ","
            + Topics.COMPLAINT_EVENTS + "," + Topics.SURVEY_EVENTS + "," + Topics.AGENCY_EXCHANGES + ","
            + Topics.NOTIFICATION_REQUESTS;

    private GatewayTestTopics() {
    }
}
