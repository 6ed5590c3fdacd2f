package id.go.mpp.sinergi.survey.api.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.survey.app.ikm.IkmReport;
import id.go.mpp.sinergi.survey.app.ikm.IkmTrendView;
import id.go.mpp.sinergi.survey.domain.ikm.Mutu;
import id.go.mpp.sinergi.survey.domain.period.PeriodKind;
import id.go.mpp.sinergi.survey.domain.questionnaire.Unsur;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published IKM as SVG: NRR per unsur as bars on the 1–4 scale with the mutu band limits as lines (unit values
 * 2.60, 3.0644, 3.5324), and the converted IKM over periods as a line on 25–100 (band limits 65.00, 76.61, 88.31),
 * broken where nobody answered. Geometry is computed here; the templates ({@code templates/IkmCharts/}) only place
 * it and escape every text. A hidden unit or one without respondents gets a chart that says so, without figures.
 */
public final class IkmCharts {

    public static final String MEDIA_TYPE = "image/svg+xml";

    /** Band limits drawn, highest first: the regulation's lower limits of A, B and C (D starts at the axis). */
    private static final List<Mutu> BANDS = List.of(Mutu.A, Mutu.B, Mutu.C);

    private static final int WIDTH = 760;
    private static final double LEFT = 64;
    private static final double RIGHT = 640;
    private static final double TOP = 84;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unit(UnitChart chart);

        static native TemplateInstance trend(TrendChart chart);
    }

    /** A bar: {@code x}, {@code y} its top-left corner; its value printed above it. */
    public record Bar(String code, String name, String value, String mutu, String colour, String x, String y,
                      String width, String height, String centre, String valueY) {
    }

    /** A horizontal line across the plot at {@code y}, labelled right of it. */
    public record Rule(String y, String limit, String label, String colour) {
    }

    public record Tick(String y, String label) {
    }

    public record LegendEntry(String code, String name, String x, String y) {
    }

    public record UnitChart(int width, int height, String title, String subtitle, String description, String message,
                            String messageY, String left, String right, String top, String bottom, String labelsY,
                            String bandLabelX, String axisTitle, List<Tick> ticks, List<Rule> bands, List<Bar> bars,
                            List<LegendEntry> legend) {
    }

    /** A period on the x axis; {@code value} null when nobody answered in it. */
    public record Point(String period, String x, String y, String value, String mutu, String tooltip) {
    }

    public record TrendChart(int width, int height, String title, String subtitle, String description,
                             String message, String messageY, String left, String right, String top, String bottom,
                             String labelsY, String bandLabelX, String axisTitle, boolean valueLabels,
                             List<Tick> ticks, List<Rule> bands, List<Point> points, List<String> lines) {
    }

    private IkmCharts() {
    }

    /** The chart of one unit and period. */
    public static String unit(IkmReport report, Locale locale) {
        return Templates.unit(unitChart(report, locale)).render();
    }

    /** The trend of one unit. */
    public static String trend(IkmTrendView view, Locale locale) {
        return Templates.trend(trendChart(view, locale)).render();
    }

    static UnitChart unitChart(IkmReport report, Locale locale) {
        String unit = UnitTitles.of(report.mppCode(), report.agencyCode(), report.serviceCode());
        String title = T_UNIT_TITLE.formatted(unit).in(locale);
        String period = report.period().label();
        String axisTitle = T_NRR_AXIS.in(locale);
        if (!report.published() || report.ikm() == null) {
            // No figures to draw: only what the unit, the period and the reason are.
            String message = (report.published() ? T_NO_RESPONDENTS : T_HIDDEN).in(locale);
            return new UnitChart(WIDTH, 170, title, period, title + " — " + period + ": " + message, message, "125",
                    n(LEFT), n(RIGHT), n(TOP), n(TOP), n(TOP), n(RIGHT), axisTitle, List.of(), List.of(), List.of(),
                    List.of());
        }
        String subtitle = T_UNIT_SUBTITLE.formatted(period, report.ikm().toPlainString(), report.mutu(),
                report.kinerja(), report.respondents()).in(locale);
        double bottom = 344;
        Scale scale = new Scale(Unsur.MIN_VALUE, Unsur.MAX_VALUE, TOP, bottom);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 6; i++) {
            double value = 1 + i * 0.5;
            ticks.add(new Tick(n(scale.y(value)), String.format(Locale.ROOT, "%.1f", value)));
        }
        List<Rule> bands = BANDS.stream().map(mutu -> rule(mutu, mutu.unitFrom(), scale)).toList();
        Map<String, IkmReport.Unsur> rows = UnsurRows.byCode(report);
        double slot = (RIGHT - LEFT) / Unsur.all().size();
        double barWidth = slot * 0.6;
        List<Bar> bars = new ArrayList<>();
        List<LegendEntry> legend = new ArrayList<>();
        double legendTop = bottom + 56;
        int perColumn = (Unsur.all().size() + 1) / 2;
        for (Unsur unsur : Unsur.all()) {
            int i = unsur.number() - 1;
            IkmReport.Unsur row = rows.get(unsur.code());
            String name = row == null ? unsur.label().in(locale) : row.name();
            if (row != null) {
                double x = LEFT + i * slot + (slot - barWidth) / 2;
                double y = scale.y(row.nrr().doubleValue());
                Mutu mutu = Mutu.valueOf(row.mutu());
                bars.add(new Bar(unsur.code(), name, row.nrr().toPlainString(), row.mutu(), colour(mutu), n(x), n(y),
                        n(barWidth), n(bottom - y), n(x + barWidth / 2), n(y - 6)));
            }
            legend.add(new LegendEntry(unsur.code(), name, n(20 + (i / perColumn) * 370),
                    n(legendTop + (i % perColumn) * 18)));
        }
        int height = (int) (legendTop + perColumn * 18 + 8);
        String description = title + " — " + subtitle;
        return new UnitChart(WIDTH, height, title, subtitle, description, null, null, n(LEFT), n(RIGHT), n(TOP),
                n(bottom), n(bottom + 20), n(RIGHT + 8), axisTitle, ticks, bands, bars, legend);
    }

    static TrendChart trendChart(IkmTrendView view, Locale locale) {
        String unit = UnitTitles.of(view.mppCode(), view.agencyCode(), view.serviceCode());
        String title = T_TREND_TITLE.formatted(unit).in(locale);
        String axisTitle = T_IKM_AXIS.in(locale);
        String kind = kind(view.kind()).in(locale);
        if (!view.published()) {
            String message = T_HIDDEN.in(locale);
            return new TrendChart(WIDTH, 170, title, kind, title + ": " + message, message, "125", n(LEFT), n(RIGHT),
                    n(TOP), n(TOP), n(TOP), n(RIGHT), axisTitle, false, List.of(), List.of(), List.of(), List.of());
        }
        List<IkmTrendView.Point> source = view.points();
        String subtitle = source.isEmpty() ? kind
                : kind + " · " + source.get(0).period() + " – " + source.get(source.size() - 1).period();
        double bottom = 304;
        Scale scale = new Scale(Mutu.D.convertedFrom().doubleValue(), Mutu.A.convertedTo().doubleValue(), TOP, bottom);
        List<Tick> ticks = new ArrayList<>();
        for (int value = 25; value <= 100; value += 15) {
            ticks.add(new Tick(n(scale.y(value)), Integer.toString(value)));
        }
        List<Rule> bands = BANDS.stream().map(mutu -> rule(mutu, mutu.convertedFrom(), scale)).toList();
        double pad = 24;
        List<Point> points = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int run = 0;
        for (int i = 0; i < source.size(); i++) {
            IkmTrendView.Point p = source.get(i);
            double x = source.size() == 1 ? (LEFT + RIGHT) / 2
                    : LEFT + pad + i * (RIGHT - LEFT - 2 * pad) / (source.size() - 1);
            if (p.ikm() == null) {
                points.add(new Point(p.period(), n(x), null, null, null, p.period() + ": " + T_NONE.in(locale)));
                run = endLine(lines, line, run);
                continue;
            }
            double y = scale.y(p.ikm().doubleValue());
            points.add(new Point(p.period(), n(x), n(y), p.ikm().toPlainString(), p.mutu(),
                    p.period() + ": " + p.ikm().toPlainString() + " (" + p.mutu() + ", " + p.respondents() + " "
                            + T_RESPONDENTS.in(locale) + ")"));
            line.append(run == 0 ? "" : " ").append(n(x)).append(',').append(n(y));
            run++;
        }
        endLine(lines, line, run);
        boolean anyone = source.stream().anyMatch(p -> p.ikm() != null);
        String message = anyone ? null : T_NO_RESPONDENTS_TREND.in(locale);
        String description = title + " — " + subtitle + (message == null ? "" : ": " + message);
        return new TrendChart(WIDTH, 392, title, subtitle, description, message, n((TOP + bottom) / 2), n(LEFT),
                n(RIGHT), n(TOP), n(bottom), n(bottom + 14), n(RIGHT + 8), axisTitle, source.size() <= 12, ticks,
                bands, points, lines);
    }

    /** The line where {@code mutu} starts, labelled with its letter and limit ({@code B ≥ 3.0644}). */
    private static Rule rule(Mutu mutu, BigDecimal limit, Scale scale) {
        return new Rule(n(scale.y(limit.doubleValue())), limit.toPlainString(),
                mutu.name() + " ≥ " + limit.toPlainString(), colour(mutu));
    }

    /** Closes a run of answered periods: two or more points make a line; a lone point stays a dot. */
    private static int endLine(List<String> lines, StringBuilder line, int run) {
        if (run > 1) {
            lines.add(line.toString());
        }
        line.setLength(0);
        return 0;
    }

    static String colour(Mutu mutu) {
        return switch (mutu) {
            case A -> "#1b7f3b";
            case B -> "#1f5fa8";
            case C -> "#b86e00";
            case D -> "#b3261e";
        };
    }

    private static LocalizedText kind(String kind) {
        return switch (PeriodKind.valueOf(kind)) {
            case MONTH -> LocalizedText.of("Bulanan", "Monthly");
            case QUARTER -> LocalizedText.of("Triwulanan", "Quarterly");
            case SEMESTER -> LocalizedText.of("Semesteran", "Half-yearly");
            case YEAR -> LocalizedText.of("Tahunan", "Yearly");
            case RANGE -> LocalizedText.of("Rentang tanggal", "Date ranges");
        };
    }

    /** A coordinate with one decimal, in SVG's number syntax whatever the JVM's locale. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Values from {@code min} at {@code bottom} up to {@code max} at {@code top}. */
    private record Scale(double min, double max, double top, double bottom) {
        double y(double value) {
            return bottom - (value - min) / (max - min) * (bottom - top);
        }
    }

    static final LocalizedText T_UNIT_TITLE = LocalizedText.of("NRR per unsur · %s", "NRR per unsur · %s");
    static final LocalizedText T_UNIT_SUBTITLE = LocalizedText.of(
            "%s · IKM %s · mutu %s (%s) · %d responden", "%s · IKM %s · quality %s (%s) · %d respondents");
    static final LocalizedText T_TREND_TITLE = LocalizedText.of("Tren IKM · %s", "IKM trend · %s");
    static final LocalizedText T_NRR_AXIS = LocalizedText.of("NRR (1–4)", "NRR (1–4)");
    static final LocalizedText T_IKM_AXIS = LocalizedText.of("IKM (25–100)", "IKM (25–100)");
    static final LocalizedText T_HIDDEN = LocalizedText.of(
            "Angka unit ini dipublikasikan setelah periode berakhir.",
            "The figures of this unit are published after the period ends.");
    static final LocalizedText T_NO_RESPONDENTS = LocalizedText.of(
            "Belum ada responden pada periode ini.", "No respondents in this period.");
    static final LocalizedText T_NO_RESPONDENTS_TREND = LocalizedText.of(
            "Belum ada responden pada periode-periode ini.", "No respondents in these periods.");
    static final LocalizedText T_NONE = LocalizedText.of("tidak ada responden", "no respondents");
    static final LocalizedText T_RESPONDENTS = LocalizedText.of("responden", "respondents");
}
