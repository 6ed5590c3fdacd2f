package id.go.mpp.sinergi.complaint.domain;

import id.go.mpp.sinergi.core.privacy.Masking;

import java.util.regex.Pattern;

/**
 * A reporter's text as the public sees it (the public list, Open311): NIKs, phone numbers and e-mail addresses typed
 * into it masked (UU 27/2022 PDP). Computed once at filing and stored beside the text, which is never edited. The
 * text stays text: escaping is the serialiser's (JSON and XML).
 */
public final class PublicDescription {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private PublicDescription() {
    }

    /** {@code text} with NIKs, phone numbers and e-mail addresses masked; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String withoutAddresses = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("***@***");
        return Masking.personalDataIn(withoutAddresses);
    }
}
