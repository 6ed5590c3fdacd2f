package id.go.mpp.sinergi.messaging.testapp;

import id.go.mpp.sinergi.events.EventType;
import id.go.mpp.sinergi.events.SinergiEvent;

/** Test-only event on a test topic. */
@EventType(value = "id.go.mpp.test.parcel-moved.v1", topic = ParcelMoved.TOPIC)
public record ParcelMoved(String parcelId, String status, int sequence) implements SinergiEvent {

    public static final String TOPIC = "sinergi.test.parcels.v1";

    @Override
    public String aggregateId() {
        return parcelId;
    }

    @Override
    public String subject() {
        return parcelId;
    }
}
