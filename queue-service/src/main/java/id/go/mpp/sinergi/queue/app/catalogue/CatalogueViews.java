package id.go.mpp.sinergi.queue.app.catalogue;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.queue.store.CatalogueService;
import id.go.mpp.sinergi.queue.store.Counter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue as citizens and staff read it. Texts come in the request's language and in both. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record Hours(LocalTime opens, LocalTime closes) {
    }

    public record ClosedDay(LocalDate day, String reason) {
    }

    public record AgencyView(String code, String name) {
    }

    public record MppView(String code, String name, String timeZone, Map<String, Hours> openingHours,
                          List<ClosedDay> closedDays, List<AgencyView> agencies) {
    }

    public record Quota(int regular, int priority, int online, int total) {
    }

    public record ServiceView(String mppCode, String code, String agencyCode, String name, String nameId,
                              String nameEn, String ticketPrefix, List<String> requirements,
                              List<String> requirementsId, List<String> requirementsEn, long feeRupiah,
                              int serviceMinutes, Quota dailyQuota, int slaMinutes, boolean active,
                              int bookingHorizonDays, int slotMinutes, int turnNearPlaces, int turnNearMinutes,
                              boolean requiresNib) {

        public static ServiceView of(CatalogueService s, Locale locale) {
            List<String> id = Arrays.asList(s.requirementsId);
            List<String> en = Arrays.asList(s.requirementsEn);
            return new ServiceView(s.mppCode, s.code, s.agencyCode, LocalizedText.of(s.nameId, s.nameEn).in(locale),
                    s.nameId, s.nameEn, s.ticketPrefix, "en".equals(locale.getLanguage()) ? en : id, id, en,
                    s.feeRupiah, s.serviceMinutes,
                    new Quota(s.quotaRegular, s.quotaPriority, s.quotaOnline,
                            s.quotaRegular + s.quotaPriority + s.quotaOnline),
                    s.slaMinutes, s.active, s.bookingHorizonDays, s.slotMinutes, s.turnNearPlaces, s.turnNearMinutes,
                    s.requiresNib);
        }
    }

    public record CounterView(String mppCode, String code, String agencyCode, String name, List<String> services) {
        public static CounterView of(Counter c) {
            return new CounterView(c.mppCode, c.code, c.agencyCode, c.name, List.of(c.services));
        }
    }
}
