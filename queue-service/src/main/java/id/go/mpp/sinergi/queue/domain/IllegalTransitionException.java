package id.go.mpp.sinergi.queue.domain;

/** An action that the current status of a ticket, booking or counter does not allow. */
public final class IllegalTransitionException extends RuntimeException {

    private final Enum<?> current;
    private final String action;

    public IllegalTransitionException(Enum<?> current, String action) {
        super("Cannot " + action + " when the status is " + current);
        this.current = current;
        this.action = action;
    }

    public Enum<?> current() {
        return current;
    }

    public String action() {
        return action;
    }
}
