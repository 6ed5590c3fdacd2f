package id.go.mpp.sinergi.bench.agency;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.mpp.sinergi.bench.support.RawHttp;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop offer: one verification request per visit at a fixed rate, whatever the answers take (a paced thread
 * hands each request, with the time it is due, to a pool of sender threads with a keep-alive connection each). A
 * request's times are taken from when it was due, so a sender pool that falls behind cannot hide a slow gateway.
 */
final class Offer {

    /** The people of the Dukcapil stand-in's seed population who are active: {NIK, full name, birth date}. */
    private static final String[][] PEOPLE = {
            {"1571011708850001", "Budi Santoso", "1985-08-17"},
            {"1571054503900054", "Siti Aminah", "1990-03-05"},
            {"1571032211780107", "Ahmad Fauzi", "1978-11-22"},
            {"1571027006010160", "Nur Halimah", "2001-06-30"},
            {"2171055402920266", "Dewi Lestari", "1992-02-14"},
            {"2171030309800319", "Hendra Gunawan", "1980-09-03"},
            {"3273015907880078", "Ratna Komalasari", "1988-07-19"},
            {"3510131212820237", "Agus Setiawan", "1982-12-12"},
            {"3578051503040343", "Muhammad Iqbal", "2004-03-15"},
            {"1571014711910102", "Linda Kusumawati", "1991-11-07"}};

    /** One request: due at {@code dueNanos}; the answer's status and the verification it started. */
    static final class Request {
        final String visitId;
        final long dueNanos;
        long sentNanos;
        long answeredNanos;
        int status;
        String verificationId;
        String error;

        Request(String visitId, long dueNanos) {
            this.visitId = visitId;
            this.dueNanos = dueNanos;
        }

        boolean accepted() {
            return status == 202 && verificationId != null;
        }
    }

    private Offer() {
    }

    /** Offers {@code visits.size()} requests at {@code rate}/s from now on; returns when every one was answered. */
    static List<Request> run(Options o, Visits tokens, List<String> visits, int rate) throws InterruptedException {
        URI api = URI.create(o.api());
        BlockingQueue<Request> due = new ArrayBlockingQueue<>(visits.size() + o.clients);
        List<Request> all = new ArrayList<>(visits.size());
        List<Thread> senders = new ArrayList<>();
        Request stop = new Request(null, 0);
        for (int c = 0; c < o.clients; c++) {
            Thread t = new Thread(() -> {
                try (RawHttp conn = Options.connection(api)) {
                    for (Request r = take(due); r != stop; r = take(due)) {
                        send(conn, tokens.kioskToken(), r);
                    }
                }
            }, "sender-" + c);
            senders.add(t);
            t.start();
        }
        long t0 = System.nanoTime() + 50_000_000L;
        double interval = 1e9 / rate;
        for (int i = 0; i < visits.size(); i++) {
            long at = t0 + (long) (i * interval);
            for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Request r = new Request(visits.get(i), at);
            all.add(r);
            due.add(r);
        }
        for (int c = 0; c < o.clients; c++) {
            due.add(stop);
        }
        for (Thread t : senders) {
            t.join();
        }
        return all;
    }

    private static Request take(BlockingQueue<Request> due) {
        try {
            return due.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void send(RawHttp conn, String token, Request r) {
        String[] p = PEOPLE[Math.floorMod(r.visitId.hashCode(), PEOPLE.length)];
        String body = "{\"nik\":\"" + p[0] + "\",\"fullName\":\"" + p[1] + "\",\"birthDate\":\"" + p[2]
                + "\",\"consent\":true}";
        r.sentNanos = System.nanoTime();
        try {
            RawHttp.Answer a = conn.post("/visits/" + r.visitId + "/identity-verifications", token, body);
            r.answeredNanos = System.nanoTime();
            r.status = a.status();
            if (a.status() == 202 || a.status() == 200) {
                JsonNode v = Visits.JSON.readTree(a.body());
                r.verificationId = v.path("verificationId").asText(null);
            } else {
                r.error = a.body().substring(0, Math.min(200, a.body().length()));
            }
        } catch (Exception e) {
            r.answeredNanos = System.nanoTime();
            r.error = e.getClass().getSimpleName();
            conn.close();
        }
    }

    /** Answers by status ("202", "429", "IOException" …). */
    static Map<String, Integer> statuses(List<Request> requests) {
        Map<String, Integer> s = new TreeMap<>();
        for (Request r : requests) {
            s.merge(r.status != 0 ? Integer.toString(r.status) : String.valueOf(r.error), 1, Integer::sum);
        }
        return s;
    }

    /** The first non-202 answer's body, for the log. */
    static String firstError(List<Request> requests) {
        return requests.stream().filter(r -> r.status != 202 && r.error != null).map(r -> r.status + " " + r.error)
                .findFirst().orElse("");
    }
}
