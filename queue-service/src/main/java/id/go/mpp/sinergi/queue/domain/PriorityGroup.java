package id.go.mpp.sinergi.queue.domain;

/**
 * Groups entitled to priority service ("pelayanan khusus", UU 25/2009 Pasal 29). Their walk-ins count against
 * the priority share of a service's daily quota.
 */
public enum PriorityGroup {
    /** Elderly (lanjut usia). */
    LANSIA,
    /** Persons with disabilities. */
    DISABILITAS,
    /** Pregnant women. */
    IBU_HAMIL,
    /** Children. */
    ANAK
}
