package id.go.mpp.sinergi.complaint.app.statistics;

import id.go.mpp.sinergi.complaint.domain.statistics.ComplaintStatistics;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;

import java.time.LocalDate;
import java.util.List;

/**
 * The public statistics of the complaints an MPP received from {@code from} to {@code to} (local days of its
 * {@code timeZone}, both included): per agency they are dispositioned to ({@code agencyCode} null: still in
 * triage) and in total.
 */
public record ComplaintStatisticsView(String mppCode, LocalDate from, LocalDate to, IndonesianTimeZone timeZone,
                                      List<ComplaintStatistics.Figures> agencies, ComplaintStatistics.Figures total) {
}
