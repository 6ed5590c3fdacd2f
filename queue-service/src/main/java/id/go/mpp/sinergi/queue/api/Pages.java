package id.go.mpp.sinergi.queue.api;

/** Pagination of per-citizen lists: {@code page} from 0, {@code size} 1–100 (default 20). */
final class Pages {

    static final String DEFAULT_SIZE = "20";
    static final int MAX_SIZE = 100;
    /** Far beyond any citizen's history at 100 a page; keeps the offset inside an int. */
    static final int MAX_PAGE = 10_000;

    private Pages() {
    }
}
