package id.go.mpp.sinergi.gateway.domain.operator;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may watch the operator event stream, and which events each watcher is sent. An MPP admin watches their MPP
 * (all of it, or one agency of it); an agency's admin, officer or system watches only their own agency at their MPP,
 * and asking for another agency is refused rather than answered with silence. An agency's system is sent, besides,
 * only the event types its agency is granted (checked as each event is sent: see {@link Watcher#grantsDecide()}). An
 * event no agency owns (an identity verification, a complaint still in triage) goes only to the MPP admin watching
 * the whole MPP.
 */
public final class OperatorAudience {

    /** Why a caller may not watch. */
    public enum Refusal {
        /** Not an MPP admin, agency admin, officer or agency system with the MPP (and agency) claims the rule needs. */
        NOT_STAFF_OF_AN_MPP,
        /** Agency staff or an agency's system asking for another agency's events. */
        OTHER_AGENCY
    }

    /** Thrown when {@link #watcher} refuses. */
    public static final class NotAllowed extends RuntimeException {

        private final Refusal refusal;

        NotAllowed(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * The caller, as the rule needs them: their roles (agency staff: an agency admin or officer; an agency system:
     * an agency's back-office system) and the claims of their token (null when absent).
     */
    public record Staff(boolean mppAdmin, boolean agencyStaff, boolean agencySystem, String mppCode,
                        String agencyCode) {
    }

    /**
     * One connected watcher: the MPP they see, the one agency they see (null: the whole MPP), the event types they
     * asked for, and whether the grants of that agency at that MPP decide, event by event, which types it is sent
     * (an agency's system: default deny).
     */
    public record Watcher(String mppCode, String agencyCode, Set<String> types, boolean grantsDecide) {

        public Watcher {
            types = Set.copyOf(types);
        }

        /** Whether an event of {@code type} at {@code mppCode} about {@code agencies} is sent to this watcher. */
        public boolean sees(String type, String eventMpp, Set<String> agencies) {
            return types.contains(type) && mppCode.equals(eventMpp)
                    && (agencyCode == null || agencies.contains(agencyCode));
        }
    }

    private OperatorAudience() {
    }

    /**
     * The watcher {@code staff} becomes when asking for {@code types} of {@code requestedAgency} (null: every agency
     * they may see).
     *
     * @throws NotAllowed when they may not watch, or not that agency
     */
    public static Watcher watcher(Staff staff, String requestedAgency, Set<String> types) {
        if (staff.mppCode() == null) {
            throw new NotAllowed(Refusal.NOT_STAFF_OF_AN_MPP);
        }
        if (staff.mppAdmin()) {
            return new Watcher(staff.mppCode(), requestedAgency, types, false);
        }
        if (!staff.agencyStaff() && !staff.agencySystem() || staff.agencyCode() == null) {
            throw new NotAllowed(Refusal.NOT_STAFF_OF_AN_MPP);
        }
        if (requestedAgency != null && !requestedAgency.equals(staff.agencyCode())) {
            throw new NotAllowed(Refusal.OTHER_AGENCY);
        }
        // A token with the agency-system role needs grants whatever else it holds, as for operations (GrantCheck).
        return new Watcher(staff.mppCode(), staff.agencyCode(), types, staff.agencySystem());
    }

    /**
     * The agencies an event is about: its {@code agencyCode}, or both ends of a transfer. None for a complaint only
     * submitted: the agency a reporter named is not the complaint's until the MPP admin dispositions it (as
     * complaint-service shows agencies only complaints dispositioned to them).
     */
    public static Set<String> agenciesOf(String agencyCode, String fromAgencyCode, String toAgencyCode,
                                         boolean notYetDispositioned) {
        if (notYetDispositioned) {
            return Set.of();
        }
        Set<String> agencies = new LinkedHashSet<>(3);
        for (String code : new String[] {agencyCode, fromAgencyCode, toAgencyCode}) {
            if (code != null && !code.isBlank()) {
                agencies.add(code);
            }
        }
        return Set.copyOf(agencies);
    }
}
