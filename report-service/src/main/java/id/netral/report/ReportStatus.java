package id.netral.report;

/**
 * Where a case stands. Screening ends in REGISTERED, NOT_REGISTERED or DUPLICATE; verification in VERIFIED or
 * NOT_PROVEN; after VERIFIED the downstream services move it on, never backwards (declaration order). Each status
 * carries the words people read for it (an export, a screen), never the code.
 */
public enum ReportStatus {
    SUBMITTED("Diterima, belum disaring"),
    NOT_REGISTERED("Tidak diregistrasi"),
    DUPLICATE("Digabungkan dengan laporan lain"),
    REGISTERED("Diregistrasi, menunggu verifikasi"),
    NEEDS_INFO("Menunggu keterangan pelapor"),
    NOT_PROVEN("Tidak terbukti"),
    VERIFIED("Terverifikasi"),
    RECOMMENDED("Rekomendasi sanksi disusun"),
    NOTIFIED("Pimpinan OPD telah diberi tahu"),
    ACKNOWLEDGED("Pemberitahuan diterima pimpinan OPD"),
    IN_FOLLOW_UP("Ditindaklanjuti pimpinan OPD"),
    SANCTION_DECIDED("Diputuskan PPK");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    /** The status in Bahasa Indonesia, as a verifier or BKPPD officer reads it. */
    public String label() {
        return label;
    }

    /** A verifier may decide while the case is registered or waiting for the reporter's answer. */
    public boolean openForDecision() {
        return this == REGISTERED || this == NEEDS_INFO;
    }
}
