package id.netral.report;

/**
 * Examples the contract shows in more than one schema (a request and the view that answers it), one sample case: a
 * Facebook post with a campaign hashtag by a DISPERKIM section head during Pilkada 2024.
 */
public final class SampleCase {
    public static final String INCIDENT = "Mengunggah foto bersama calon wali kota dengan tagar kampanye di Facebook "
            + "pada masa kampanye.";
    public static final String EVIDENCE_URL = "https://www.facebook.com/yohanes.bria/posts/1029384756";
    public static final String EVIDENCE = "Tangkapan layar unggahan Facebook dengan tagar kampanye";
    public static final String QUESTION = "Mohon lampirkan tautan asli unggahan Facebook yang dilaporkan.";
    public static final String DECISION_NOTE = "Unggahan terbukti dibuat dari akun pribadi terlapor pada 1 Oktober "
            + "2024.";
    public static final String RECEIVED_BY = "Leonardus L. Liwun, tanda terima 012/LP/PW/Kota/19.04/X/2024";

    private SampleCase() {
    }
}
