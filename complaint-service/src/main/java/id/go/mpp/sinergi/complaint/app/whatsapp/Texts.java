package id.go.mpp.sinergi.complaint.app.whatsapp;

/** Cutting texts to a column's length without splitting a character made of two UTF-16 units (an emoji). */
final class Texts {

    private Texts() {
    }

    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
