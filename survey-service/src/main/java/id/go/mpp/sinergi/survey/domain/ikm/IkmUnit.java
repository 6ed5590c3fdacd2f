package id.go.mpp.sinergi.survey.domain.ikm;

/**
 * A unit whose IKM is reported: an MPP, one of its agencies ({@code agency} non-null), or one service of that agency
 * ({@code service} non-null too). An agency's and an MPP's figures sum their services' responses.
 */
public record IkmUnit(String mpp, String agency, String service) {

    public IkmUnit {
        if (mpp == null || service != null && agency == null) {
            throw new IllegalArgumentException("a unit is an MPP, an agency of it, or a service of that agency");
        }
    }

    public static IkmUnit mpp(String mpp) {
        return new IkmUnit(mpp, null, null);
    }
}
