package id.go.mpp.sinergi.gateway.app.messagelog;

import id.go.mpp.sinergi.gateway.domain.messagelog.StoredEntry;

import java.util.List;

/** A page of a message log search, newest first; {@code next} is the cursor of the following page, null on the last. */
public record MessageLogPage(List<StoredEntry> items, String next) {
}
