package id.go.mpp.sinergi.queue.app.ticket;

import id.go.mpp.sinergi.queue.domain.QueuePosition;

/**
 * Where a ticket stands (or where a new arrival would), for citizens following the queue. {@code
 * estimatedWaitMinutes} is null while no counter serving the service is open.
 */
public record WaitView(String mppCode, String serviceCode, String ticketNumber, String status, int waiting,
                       int ahead, int openCounters, long averageServiceMinutes, Long estimatedWaitMinutes) {

    public static WaitView of(String mpp, String service, String number, String status, int waiting,
                       QueuePosition.Estimate estimate) {
        return new WaitView(mpp, service, number, status, waiting, estimate.ahead(), estimate.openCounters(),
                Math.round(estimate.averageService().toSeconds() / 60.0),
                estimate.estimatedWaitMinutes().orElse(null));
    }
}
