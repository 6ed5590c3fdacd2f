package id.go.mpp.sinergi.complaint.domain;

/** Report types of SP4N-LAPOR!: complaint, aspiration, request for information. */
public enum ComplaintCategory {
    PENGADUAN,
    ASPIRASI,
    PERMINTAAN_INFORMASI
}
