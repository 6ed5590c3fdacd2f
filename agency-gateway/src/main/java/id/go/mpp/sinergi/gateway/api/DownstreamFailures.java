package id.go.mpp.sinergi.gateway.api;

import io.vertx.core.http.HttpClosedException;

import java.util.Set;
import java.util.concurrent.TimeoutException;

/** What a failed call to a service behind the gateway tells about the change the caller asked for. */
final class DownstreamFailures {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private DownstreamFailures() {
    }

    /**
     * True when the request may have reached the service and been carried out although no answer came: the answer
     * timed out or the connection was lost. A refused or timed-out connection never carried the request (Netty's
     * {@code ConnectTimeoutException} is a {@code ConnectException}, not a {@code TimeoutException}).
     */
    static boolean mayHaveReachedService(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return false;
            }
            if (cause instanceof TimeoutException || cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** A change (not a read) whose outcome the gateway cannot tell. */
    static boolean outcomeUnknown(String method, Throwable failure) {
        return !SAFE_METHODS.contains(method) && mayHaveReachedService(failure);
    }
}
