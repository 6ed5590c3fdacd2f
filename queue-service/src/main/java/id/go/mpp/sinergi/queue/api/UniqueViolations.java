package id.go.mpp.sinergi.queue.api;

/** Recognises a failed insert/update that hit a named unique index, whatever layer wrapped the driver's error. */
final class UniqueViolations {

    private UniqueViolations() {
    }

    static boolean of(Throwable failure, String indexName) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (message != null && message.contains(indexName)) {
                return true;
            }
        }
        return false;
    }
}
