package id.netral.report;

/** One kind of step on a case's timeline, with the words the reporter reads in the tracking lookup. */
public enum CaseStep {
    SUBMITTED("Laporan diterima"),
    REGISTERED("Laporan memenuhi syarat dan diregistrasi"),
    NOT_REGISTERED("Laporan tidak memenuhi syarat untuk diregistrasi"),
    DUPLICATE("Laporan digabungkan dengan laporan lain atas kejadian yang sama"),
    DUPLICATE_LINKED("Laporan lain atas kejadian yang sama digabungkan ke laporan ini"),
    ASSIGNED("Verifikator Bawaslu ditunjuk"),
    NEEDS_INFO("Verifikator meminta keterangan tambahan dari pelapor"),
    INFO_ADDED("Pelapor menambahkan keterangan"),
    VERIFIED("Laporan terverifikasi"),
    NOT_PROVEN("Laporan tidak terbukti"),
    STUDY_FORWARDED("Kajian Bawaslu diteruskan kepada KASN atau BKN"),
    RECOMMENDED("Rancangan rekomendasi sanksi Netral telah disusun bagi PPK"),
    BODY_RESULT_RECORDED("Hasil pemeriksaan KASN atau BKN diterima dan dicatat"),
    BODY_RESULT_SENT("Hasil pemeriksaan KASN atau BKN disampaikan kepada PPK, BKPPD dan pimpinan OPD"),
    RECOMMENDATION_REVISED("Rekomendasi sanksi diperbarui oleh BKPPD"),
    REVISION_SENT("Perubahan rekomendasi disampaikan kepada pimpinan OPD"),
    NOTIFIED("Pimpinan OPD telah diberi tahu"),
    COPY_SENT("Tembusan pemberitahuan disampaikan kepada PPK, BKPPD atau Inspektorat"),
    REMINDER_SENT("Pimpinan OPD diingatkan untuk menindaklanjuti"),
    ESCALATED("Kasus dieskalasi kepada PPK, Sekda dan BKPPD"),
    NOTICE_FAILED("Pemberitahuan belum berhasil terkirim"),
    ACKNOWLEDGED("Pimpinan OPD telah menerima pemberitahuan"),
    FOLLOW_UP("Pimpinan OPD menindaklanjuti"),
    STEP_REMINDER_SENT("Pejabat yang bertugas diingatkan karena langkah pemeriksaan atau penyampaian keputusan "
            + "melewati batas waktu"),
    STEP_ESCALATED("Langkah yang melewati batas waktu dilaporkan kepada PPK, Sekda dan BKPPD"),
    PPK_OVERDUE("Batas waktu tindak lanjut PPK terlewati"),
    SANCTION_DECIDED("PPK telah menetapkan keputusan");

    private final String label;

    CaseStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
