package id.go.mpp.sinergi.adapter.spi;

/** What a probe of an agency's system found. */
public record AdapterHealth(Status status, String detail) {

    public enum Status { UP, DOWN, UNKNOWN }

    public static AdapterHealth up(String detail) {
        return new AdapterHealth(Status.UP, detail);
    }

    public static AdapterHealth down(String detail) {
        return new AdapterHealth(Status.DOWN, detail);
    }

    public static AdapterHealth unknown(String detail) {
        return new AdapterHealth(Status.UNKNOWN, detail);
    }
}
