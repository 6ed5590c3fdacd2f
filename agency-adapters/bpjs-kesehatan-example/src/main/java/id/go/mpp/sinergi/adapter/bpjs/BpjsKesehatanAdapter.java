package id.go.mpp.sinergi.adapter.bpjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.mpp.sinergi.adapter.spi.AdapterContext;
import id.go.mpp.sinergi.adapter.spi.AdapterDescriptor;
import id.go.mpp.sinergi.adapter.spi.AgencyAdapter;
import id.go.mpp.sinergi.adapter.spi.AgencyReply;
import id.go.mpp.sinergi.adapter.spi.AgencyRequest;
import id.go.mpp.sinergi.adapter.spi.IncomingEvent;
import id.go.mpp.sinergi.events.agency.AgencyCheckCompleted;
import id.go.mpp.sinergi.events.queue.TicketIssued;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BPJS Kesehatan's membership service, as a fourth agency: when a ticket is issued for one of its services, the
 * adapter asks its system whether the service's membership desk is open for the ticket ({@code membership-check}) and
 * publishes the answer as {@code agency.check-completed}. Settings: {@code url} of the membership system.
 */
public class BpjsKesehatanAdapter implements AgencyAdapter {

    public static final String AGENCY = "bpjs-kesehatan";
    public static final String OPERATION = "membership-check";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpClient http;
    private URI url;
    private Duration timeout;
    private Clock clock;

    @Override
    public AdapterDescriptor descriptor() {
        return new AdapterDescriptor(AGENCY, "BPJS Kesehatan kepesertaan", Set.of("id.go.mpp.queue.ticket-issued.v1"),
                Set.of(OPERATION));
    }

    @Override
    public void start(AdapterContext context) {
        this.url = URI.create(context.required("url"));
        this.timeout = context.timeout();
        this.clock = context.clock();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    }

    @Override
    public List<AgencyRequest> requestsFor(IncomingEvent event) {
        if (event.data() instanceof TicketIssued issued && AGENCY.equals(issued.agencyCode())) {
            return List.of(new AgencyRequest(OPERATION, "membership-check:" + issued.ticketId(), issued.visitId(),
                    issued.mppCode(), "membership desk check for a ticket",
                    Map.of("ticketId", issued.ticketId(), "serviceCode", issued.serviceCode())));
        }
        return List.of();
    }

    @Override
    public AgencyReply send(AgencyRequest request) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("idTiket", request.payload().get("ticketId"),
                "kodeLayanan", request.payload().get("serviceCode")));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("X-Idempotency-Key", request.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IOException("BPJS Kesehatan answered HTTP " + response.statusCode());
        }
        JsonNode answer = JSON.readTree(response.body());
        String status = answer.path("status").asText("UNKNOWN");
        AgencyCheckCompleted event = new AgencyCheckCompleted(request.subjectId(), request.idempotencyKey(),
                request.mppCode(), AGENCY, OPERATION, "DONE", answer.path("kode").asText(null),
                Map.of("deskStatus", status), clock.instant());
        return AgencyReply.done(answer.path("kode").asText(null), Map.of("deskStatus", status), List.of(event));
    }
}
