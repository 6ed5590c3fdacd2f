package id.go.mpp.sinergi.events;

import id.go.mpp.sinergi.events.queue.TicketCompleted;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    @Test
    void eventSurvivesTheRoundTripWithIsoTimes() {
        var event = new TicketCompleted("v-1", "t-1", "IMI-A-001", "kota-jambi", "imigrasi", "paspor-baru",
                "IMI-1", "citizen-1", "SERVED", Instant.parse("2026-11-23T02:00:00Z"), 120, 300,
                "0".repeat(64), java.time.LocalDate.parse("2026-11-23"));

        String json = EventJson.write(event);

        assertThat(json).contains("\"completedAt\":\"2026-11-23T02:00:00Z\"");
        assertThat(EventJson.read(json, EventCatalog.typeOf(TicketCompleted.class))).isEqualTo(event);
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersMayAddFields() {
        String json = "{\"visitId\":\"v\",\"ticketId\":\"t\",\"waitingSeconds\":1,\"serviceSeconds\":2,\"extra\":true}";
        assertThat(EventJson.read(json, TicketCompleted.class).visitId()).isEqualTo("v");
    }

    @Test
    void unreadableDataIsAnInvalidEvent() {
        assertThatThrownBy(() -> EventJson.read("not json", TicketCompleted.class))
                .isInstanceOf(EventJson.InvalidEventException.class);
        assertThatThrownBy(() -> EventJson.read("{}", "id.go.mpp.unknown.thing.v1"))
                .isInstanceOf(EventJson.InvalidEventException.class)
                .hasMessageContaining("Unknown event type");
    }
}
