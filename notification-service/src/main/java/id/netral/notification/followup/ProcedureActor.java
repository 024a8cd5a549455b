package id.netral.notification.followup;

/** Who takes a step of the procedure. */
public enum ProcedureActor {
    DIRECT_SUPERIOR("atasan langsung"),
    PPK("Pejabat Pembina Kepegawaian (PPK)"),
    EXAMINATION_TEAM("tim pemeriksa"),
    ETHICS_COUNCIL("Majelis Kode Etik"),
    CIVIL_SERVANT("pegawai yang bersangkutan"),
    BKN("Badan Kepegawaian Negara (BKN)");

    private final String words;

    ProcedureActor(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
