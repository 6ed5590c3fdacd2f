package id.go.mpp.sinergi.gateway.domain.messagelog;

/**
 * The part of the message log a caller may read: the MPP admin the entries of their MPP, an agency (its admin or its
 * system) the entries of exchanges with that agency, anyone else nothing. X-Road's rule: a member reads the records
 * of its own exchanges.
 */
public record MessageLogScope(String mppCode, String agencyCode) {

    /** Nothing at all (a role without the claim its scope needs). */
    public static final MessageLogScope NOTHING = new MessageLogScope(null, null);

    /**
     * The scope of a caller with these roles and claims; the MPP admin's scope wins over an agency's when a caller
     * has both.
     */
    public static MessageLogScope of(boolean mppAdmin, boolean agencyAdminOrSystem, String mppClaim,
                                     String agencyClaim) {
        if (mppAdmin) {
            return present(mppClaim) ? new MessageLogScope(mppClaim, null) : NOTHING;
        }
        if (agencyAdminOrSystem) {
            return present(agencyClaim) ? new MessageLogScope(null, agencyClaim) : NOTHING;
        }
        return NOTHING;
    }

    public boolean seesNothing() {
        return mppCode == null && agencyCode == null;
    }

    /** Does this scope include an entry of {@code mpp} with {@code agency}? */
    public boolean includes(String mpp, String agency) {
        if (seesNothing()) {
            return false;
        }
        return (mppCode == null || mppCode.equals(mpp)) && (agencyCode == null || agencyCode.equals(agency));
    }

    private static boolean present(String claim) {
        return claim != null && !claim.isBlank();
    }
}
