package id.go.mpp.sinergi.complaint;

import id.go.mpp.sinergi.events.Topics;

/**
 * The topics every complaint-service test starts the broker with. One value for all test classes: Quarkus starts
 * the application once for classes with the same test resources, and again for each different set.
 */
public final class ComplaintTestTopics {

    public static final String ALL = Topics.QUEUE_VISITS + "," + Topics.COMPLAINT_EVENTS + ","
            + Topics.AGENCY_COMPLAINT_RESPONSES + "," + Topics.NOTIFICATION_REQUESTS + "," + Topics.SURVEY_EVENTS;

    private ComplaintTestTopics() {
    }
}
