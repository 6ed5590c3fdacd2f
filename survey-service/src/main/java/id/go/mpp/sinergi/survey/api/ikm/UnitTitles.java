package id.go.mpp.sinergi.survey.api.ikm;

import java.util.StringJoiner;

/** A unit's name on a chart or a page: its codes from the MPP down, e.g. {@code kota-jambi › imigrasi}. */
final class UnitTitles {

    private UnitTitles() {
    }

    static String of(String mpp, String agency, String service) {
        StringJoiner title = new StringJoiner(" › ");
        title.add(mpp);
        if (agency != null) {
            title.add(agency);
        }
        if (service != null) {
            title.add(service);
        }
        return title.toString();
    }
}
