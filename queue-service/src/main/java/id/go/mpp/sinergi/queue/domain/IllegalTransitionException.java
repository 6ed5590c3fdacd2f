package id.go.mpp.sinergi.queue.domain;

/** An action that the ticket's current status does not allow. */
public final class IllegalTransitionException extends RuntimeException {

    private final TicketStatus current;
    private final String action;

    public IllegalTransitionException(TicketStatus current, String action) {
        super("Cannot " + action + " a ticket that is " + current);
        this.current = current;
        this.action = action;
    }

    public TicketStatus current() {
        return current;
    }

    public String action() {
        return action;
    }
}
