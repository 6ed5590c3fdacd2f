package id.go.mpp.sinergi.bench.agency;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** The Dukcapil stand-in's fault controls and counters (agency-standins' control port). */
final class Dukcapil {

    /** What the stand-in counted so far. */
    record Stats(long requests, long errorsInjected, long answered, long refused, long quotaExhausted) {
        Stats minus(Stats before) {
            return new Stats(requests - before.requests, errorsInjected - before.errorsInjected,
                    answered - before.answered, refused - before.refused, quotaExhausted - before.quotaExhausted);
        }

        String summary() {
            return String.format("%,d calls: %,d errors injected, %,d answered, %,d refused, %,d over quota", requests,
                    errorsInjected, answered, refused, quotaExhausted);
        }
    }

    private final Options o;
    private final Visits http;

    Dukcapil(Options o, Visits http) {
        this.o = o;
        this.http = http;
    }

    void faults(int latencyMs, double errorRate, boolean down) {
        String body = String.format(Locale.ROOT, "{\"latencyMs\":%d,\"errorRate\":%s,\"errorStatus\":500,\"down\":%s}",
                latencyMs, errorRate, down);
        http.json("PUT", o.control() + "/dukcapil/faults", null, body, 200);
    }

    Stats stats() {
        JsonNode d = http.json("GET", o.control() + "/dukcapil", null, null, 200);
        return new Stats(count(d, "requests"), count(d, "errorsInjected"), count(d, "verificationsAnswered"),
                count(d, "verificationsRefused"), count(d, "quotaExhausted"));
    }

    private static long count(JsonNode d, String name) {
        JsonNode v = d.findValue(name);
        return v == null ? 0 : v.asLong();
    }
}
