package id.netral.notification.followup;

/**
 * The steps of the procedure at the city after a recommendation, each with who takes it and the document that proves
 * it: PP 94/2021 for PNS discipline (and PPPK, PP 49/2018 Pasal 52), PP 42/2004 and the Majelis Kode Etik for ethics
 * (research notes 1, 2.3, 2.4, 3.4). {@link Procedure} checks the order the law allows.
 */
public enum FollowUpStep {
    /** The direct superior summons the civil servant in writing (PP 94/2021 Pasal 26(1), numbering UNCONFIRMED). */
    SUMMONED(ProcedureActor.DIRECT_SUPERIOR, "surat panggilan"),
    /** The PPK forms an examination team; mandatory for a heavy level. */
    EXAMINATION_TEAM_FORMED(ProcedureActor.PPK, "surat perintah pembentukan tim pemeriksa"),
    /** The civil servant is examined; the examination record (BAP) is signed. */
    EXAMINED(ProcedureActor.DIRECT_SUPERIOR, "berita acara pemeriksaan (BAP)"),
    /** For an ethics case: the Majelis Kode Etik is formed (PP 42/2004) instead of the discipline examination. */
    ETHICS_COUNCIL_FORMED(ProcedureActor.PPK, "keputusan pembentukan Majelis Kode Etik"),
    /** The Majelis Kode Etik examined the case and gave its decision to the PPK. */
    ETHICS_COUNCIL_CONCLUDED(ProcedureActor.ETHICS_COUNCIL, "keputusan Majelis Kode Etik"),
    /** The direct superior proposes the sanction to the PPK after the examination. */
    SANCTION_PROPOSED(ProcedureActor.DIRECT_SUPERIOR, "surat usulan penjatuhan hukuman"),
    /** The PPK's decision is handed to the civil servant. */
    DECISION_DELIVERED(ProcedureActor.PPK, "tanda terima penyampaian keputusan"),
    /** The civil servant takes an administrative remedy (upaya administratif): keberatan or banding administratif. */
    OBJECTION_FILED(ProcedureActor.CIVIL_SERVANT, "surat keberatan atau banding administratif"),
    /** Beyond the city: BKN blocked the civil servant's personnel record (pemblokiran data kepegawaian, SIASN). */
    RECORD_BLOCKED(ProcedureActor.BKN, "surat BKN tentang pemblokiran data kepegawaian"),
    /** Recorded before the procedure was followed step by step: summoned and examined in one; no longer recorded. */
    SUMMONED_AND_EXAMINED(ProcedureActor.DIRECT_SUPERIOR, null),
    /** Recorded before the PPK's decree was taken from sanction-service; no longer recorded. */
    DECREE_ISSUED(ProcedureActor.PPK, null);

    private final ProcedureActor actor;
    private final String document;

    FollowUpStep(ProcedureActor actor, String document) {
        this.actor = actor;
        this.document = document;
    }

    public ProcedureActor actor() {
        return actor;
    }

    /** The document that records the step, in words; null for the steps no longer recorded. */
    public String document() {
        return document;
    }

    /** Whether the step can still be recorded; the two older steps are kept only to read what was recorded. */
    public boolean recordable() {
        return document != null;
    }
}
