package id.go.mpp.sinergi.standins.control;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.standins.Faults;
import id.go.mpp.sinergi.standins.HttpServers;
import id.go.mpp.sinergi.standins.HttpServers.Request;
import id.go.mpp.sinergi.standins.HttpServers.Response;
import id.go.mpp.sinergi.standins.StandIns;
import id.go.mpp.sinergi.standins.SystemServer;
import id.go.mpp.sinergi.standins.oss.OssHandler;
import id.go.mpp.sinergi.standins.simkim.SimkimHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control port: health, faults and stats of every system, reset, and the calls that make SIMKIM and OSS
 * change a status (and call back) now. JSON in and out; errors as {@code {"error": "…"}}.
 */
public final class ControlHandler implements HttpServers.Handler {

    private final StandIns standIns;

    public ControlHandler(StandIns standIns) {
        this.standIns = standIns;
    }

    @Override
    public Response handle(Request r) {
        String[] seg = r.segmentsAfter("/control");
        if (!r.path().equals("/control") && !r.path().startsWith("/control/")) {
            return error(404, "not found: the control API is under /control");
        }
        String m = r.method();
        if (seg.length == 0) {
            return m.equals("GET") ? Response.json(200, all()) : notAllowed("GET");
        }
        if (seg.length == 1 && seg[0].equals("health")) {
            return m.equals("GET") ? Response.json(200, health()) : notAllowed("GET");
        }
        if (seg.length == 1 && seg[0].equals("reset")) {
            if (!m.equals("POST")) {
                return notAllowed("POST");
            }
            boolean state = "true".equals(r.query().get("state"));
            standIns.reset(state);
            return Response.json(200, Map.of("reset", state ? "faults, stats and state" : "faults and stats"));
        }
        if (!StandIns.SYSTEMS.contains(seg[0])) {
            return error(404, "unknown system '" + seg[0] + "' (one of " + StandIns.SYSTEMS + ")");
        }
        SystemServer system = standIns.system(seg[0]);
        if (seg.length == 1) {
            return m.equals("GET") ? Response.json(200, system.describe()) : notAllowed("GET");
        }
        if (seg.length == 2 && seg[1].equals("faults")) {
            if (m.equals("GET")) {
                return Response.json(200, system.faults());
            }
            return m.equals("PUT") ? putFaults(system, r) : notAllowed("GET, PUT");
        }
        if (seg.length == 4 && seg[0].equals(StandIns.SIMKIM) && seg[1].equals("applications")
                && seg[3].equals("status")) {
            return m.equals("POST") ? simkimStatus(seg[2], r) : notAllowed("POST");
        }
        if (seg.length == 4 && seg[0].equals(StandIns.OSS) && seg[1].equals("licences") && seg[3].equals("status")) {
            return m.equals("POST") ? ossStatus(seg[2], r) : notAllowed("POST");
        }
        return error(404, "not found: " + r.path());
    }

    private Map<String, Object> health() {
        Map<String, Object> systems = new LinkedHashMap<>();
        for (SystemServer s : standIns.systems()) {
            systems.put(s.name(), Map.of("url", s.url(), "listening", s.isOpen()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "UP");
        out.put("systems", systems);
        return out;
    }

    private Map<String, Object> all() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SystemServer s : standIns.systems()) {
            out.put(s.name(), s.describe());
        }
        return out;
    }

    private Response putFaults(SystemServer system, Request r) {
        Faults.Settings settings;
        try {
            settings = HttpServers.JSON.readValue(r.body(), Faults.Settings.class);
        } catch (IOException | IllegalArgumentException e) {
            return error(400, "faults: " + rootMessage(e) + "; expected {\"latencyMs\":0,\"latencyJitterMs\":0,"
                    + "\"errorRate\":0.0,\"errorStatus\":500,\"down\":false,\"slowMs\":0,\"malformedRate\":0.0}");
        }
        system.setFaults(settings);
        return Response.json(200, system.describe());
    }

    private Response simkimStatus(String no, Request r) {
        String status = field(r, "status");
        SimkimHandler.Status s;
        try {
            s = SimkimHandler.Status.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            return error(400, "status must be one of " + List.of(SimkimHandler.Status.values()));
        }
        return standIns.simkim().changeStatus(no, s)
                .map(a -> Response.json(200, Map.of("noPermohonan", a.noPermohonan(), "status", a.status())))
                .orElseGet(() -> error(404, "no SIMKIM application " + no));
    }

    private Response ossStatus(String idIzin, Request r) {
        String status = field(r, "status_izin");
        if (status == null) {
            status = field(r, "status");
        }
        if (status == null || !OssHandler.LICENCE_STATUSES.contains(status)) {
            return error(400, "status_izin must be one of "
                    + OssHandler.LICENCE_STATUSES);
        }
        return standIns.oss().changeLicenceStatus(idIzin, status)
                .map(event -> Response.json(200, event))
                .orElseGet(() -> error(404, "no OSS licence " + idIzin));
    }

    private static String field(Request r, String name) {
        if (r.body().length == 0) {
            return null;
        }
        JsonNode body;
        try {
            body = HttpServers.JSON.readTree(r.body());
        } catch (IOException e) {
            return null; // answered as a missing field
        }
        JsonNode v = body == null ? null : body.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.toString() : t.getMessage();
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }

    private Response notAllowed(String allowed) {
        return error(405, "method not allowed").withHeader("Allow", allowed);
    }

    @Override
    public Response error(int status, String message) {
        return Response.json(status, Map.of("error", message));
    }
}
