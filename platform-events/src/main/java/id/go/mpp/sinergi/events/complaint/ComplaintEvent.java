package id.go.mpp.sinergi.events.complaint;

import id.go.mpp.sinergi.events.SinergiEvent;

/**
 * An event of one complaint, keyed by its tracking id so that a complaint's events keep their order. None carries
 * the reporter's identity or the complaint's texts: agencies and dashboards read them.
 */
public interface ComplaintEvent extends SinergiEvent {

    String complaintId();

    String mppCode();

    @Override
    default String aggregateId() {
        return complaintId();
    }

    @Override
    default String subject() {
        return complaintId();
    }
}
