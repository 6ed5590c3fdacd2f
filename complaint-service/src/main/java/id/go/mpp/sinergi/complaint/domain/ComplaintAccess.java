package id.go.mpp.sinergi.complaint.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees a complaint and who may act on it. Someone who does not see a complaint is told it does not exist
 * (404, no existence leak); someone who sees it but may not act is refused (403).
 */
public final class ComplaintAccess {

    private static final Set<ComplaintAction> ADMIN = EnumSet.of(ComplaintAction.VERIFY, ComplaintAction.REJECT,
            ComplaintAction.DISPOSITION, ComplaintAction.POSTPONE, ComplaintAction.RESUME, ComplaintAction.ARCHIVE);
    private static final Set<ComplaintAction> AGENCY = EnumSet.of(ComplaintAction.START, ComplaintAction.RESPOND,
            ComplaintAction.NOT_OUR_AUTHORITY);
    private static final Set<ComplaintAction> REPORTER = EnumSet.of(ComplaintAction.CONFIRM, ComplaintAction.REOPEN);
    /**
     * complaint-service itself: the sweep closes what is due; a survey follow-up, already linked to the ticket and
     * agency rated, is verified and dispositioned to that agency as it is filed (no triage to wait for).
     */
    private static final Set<ComplaintAction> SYSTEM = EnumSet.of(ComplaintAction.AUTO_CLOSE, ComplaintAction.VERIFY,
            ComplaintAction.DISPOSITION);

    private ComplaintAccess() {
    }

    /** The kinds of people and systems that look at complaints. */
    public enum Role {
        /** The person who reported it: their account, or the tracking id with its secret. */
        REPORTER,
        /** An officer or agency admin, or an agency's system. */
        AGENCY_STAFF,
        /** The MPP's admin (triage, deadlines, identity reveal). */
        MPP_ADMIN,
        /** complaint-service itself: a scheduled sweep, a survey follow-up it files. */
        SYSTEM
    }

    /**
     * Who asks: their role, account id, for staff their agency and MPP; {@code provenTrackingId} is the complaint
     * whose secret a reporter without an account has just given.
     */
    public record Actor(Role role, String accountId, Optional<String> agency, Optional<String> mpp,
                        String provenTrackingId) {

        public Actor(Role role, String accountId, Optional<String> agency, Optional<String> mpp) {
            this(role, accountId, agency, mpp, null);
        }

        public static Actor system() {
            return new Actor(Role.SYSTEM, "complaint-service", Optional.empty(), Optional.empty());
        }

        /** A reporter without an account who gave the right secret for {@code trackingId}. */
        public static Actor secretHolder(String trackingId) {
            return new Actor(Role.REPORTER, null, Optional.empty(), Optional.empty(), trackingId);
        }
    }

    /**
     * What access depends on: the complaint, its MPP, the agency it is dispositioned to, its status, its reporter's
     * account.
     */
    public record Facts(String trackingId, String mppCode, String assignedAgency, ComplaintStatus status,
                        String reporterAccountId) {
    }

    public static boolean sees(Actor actor, Facts complaint) {
        return switch (actor.role()) {
            case SYSTEM -> true;
            case MPP_ADMIN -> actor.mpp().filter(complaint.mppCode()::equals).isPresent();
            case AGENCY_STAFF -> complaint.status().withAgency() && complaint.assignedAgency() != null
                    && actor.mpp().filter(complaint.mppCode()::equals).isPresent()
                    && actor.agency().filter(complaint.assignedAgency()::equals).isPresent();
            case REPORTER -> actor.accountId() != null && Objects.equals(actor.accountId(), complaint.reporterAccountId())
                    || actor.provenTrackingId() != null && actor.provenTrackingId().equals(complaint.trackingId());
        };
    }

    /** May {@code actor}, who sees the complaint, do {@code action}? (Whether the status allows it is the lifecycle's.) */
    public static boolean mayAct(Actor actor, ComplaintAction action) {
        return switch (actor.role()) {
            case SYSTEM -> SYSTEM.contains(action);
            case MPP_ADMIN -> ADMIN.contains(action);
            case AGENCY_STAFF -> AGENCY.contains(action);
            case REPORTER -> REPORTER.contains(action);
        };
    }

    /** The reporter's identity is shown to the MPP admin unless the complaint is anonymous (then only by a reveal). */
    public static boolean seesIdentity(Actor actor, boolean anonymous) {
        return actor.role() == Role.MPP_ADMIN && !anonymous;
    }
}
