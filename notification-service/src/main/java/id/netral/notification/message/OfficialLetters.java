package id.netral.notification.message;

import id.netral.events.EmploymentType;
import id.netral.events.SanctionRecommended;
import id.netral.notification.directory.Opd;
import id.netral.notification.directory.OpdHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Numbers and signs the service's letters: the letter number from the configured scheme with a sequence per year in
 * the database, the case's register number, and the signer from the directory (the head of the signing office in
 * office at the letter's moment), or from configuration marked UNCONFIRMED when the directory does not name them.
 */
@ApplicationScoped
public class OfficialLetters {
    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII"};

    @Inject
    LetterConfig config;
    @Inject
    EntityManager entityManager;
    /** Kota Kupang's zone: a letter's date and year are Kupang's */
    @Inject
    ZoneId kupang;

    /**
     * The heading of a new letter, taking its number; in the transaction that stores the letter.
     *
     * @param accused the employee number of the civil servant the case is about: never the signer of their own case
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Letterhead heading(UUID reportId, Instant at, String hal, String lampiran, String accused) {
        LocalDate day = LocalDate.ofInstant(at, kupang);
        Signer signer = signer(at, accused);
        return new Letterhead(nextNumber(day), NoticeWording.longDate(day), config.sifat(), lampiran, hal,
                register(reportId, at), signer.name(), signer.position(), signer.note(), signer.nip());
    }

    /** The Perwali binding PTT/honorer staff, when its number is configured. */
    public Optional<String> perwali() {
        return config.nonAsnRegulation();
    }

    /**
     * The legal basis of a recommendation as received; for one not kept (received before recommendations were kept)
     * the PNS discipline track, the one every recommendation of that time took.
     */
    public LegalBasis.Statement legalBasis(Optional<SanctionRecommended> recommended) {
        return recommended.map(r -> LegalBasis.of(r.accused().employmentType(), r.track(), r.sanctioningBody(),
                        perwali()))
                .orElseGet(() -> LegalBasis.of(EmploymentType.PNS, "DISCIPLINE", null, perwali()));
    }

    /** The case's register number, given with its first letter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String register(UUID reportId, Instant at) {
        Object known = entityManager.createNativeQuery("SELECT number FROM case_register WHERE report_id = ?1")
                .setParameter(1, reportId).getResultStream().findFirst().orElse(null);
        if (known != null) {
            return (String) known;
        }
        int year = LocalDate.ofInstant(at, kupang).getYear();
        int seq = next(year, "REGISTER");
        String number = config.registerFormat().replace("{seq}", String.format("%05d", seq))
                .replace("{tahun}", Integer.toString(year));
        entityManager.createNativeQuery("INSERT INTO case_register (report_id, number, registered_at) "
                        + "VALUES (?1, ?2, ?3)")
                .setParameter(1, reportId).setParameter(2, number).setParameter(3, at).executeUpdate();
        return number;
    }

    String nextNumber(LocalDate day) {
        int seq = next(day.getYear(), config.classificationCode());
        return config.numberFormat()
                .replace("{kode}", config.classificationCode())
                .replace("{seq}", String.format("%03d", seq))
                .replace("{unit}", config.unitCode())
                .replace("{bulan-romawi}", ROMAN_MONTHS[day.getMonthValue() - 1])
                .replace("{tahun}", Integer.toString(day.getYear()));
    }

    private int next(int year, String code) {
        // the row lock this takes holds other letters of the year until the commit; a rollback gives the number back
        return ((Number) entityManager.createNativeQuery("INSERT INTO letter_sequence (year, code, last_number) "
                        + "VALUES (?1, ?2, 1) ON CONFLICT (year, code) DO UPDATE "
                        + "SET last_number = letter_sequence.last_number + 1 RETURNING last_number")
                .setParameter(1, year).setParameter(2, code).getSingleResult()).intValue();
    }

    private record Signer(String name, String position, String note, String nip) {
    }

    private Signer signer(Instant at, String accused) {
        Optional<OpdHead> usual = Opd.byCode(config.signingOffice()).flatMap(o -> OpdHead.inOffice(o.code, at));
        // the head of the signing office is the accused: their superior's office signs instead
        String signing = accused != null && usual.map(h -> accused.equals(h.employeeId)).orElse(false)
                ? config.substituteSigningOffice() : config.signingOffice();
        Optional<Opd> office = Opd.byCode(signing);
        Optional<OpdHead> head = office.flatMap(o -> OpdHead.inOffice(o.code, at));
        String position = head.map(h -> h.title).or(() -> office.map(o -> o.headTitle))
                .or(config::signerPosition).orElse("Kepala BKPPD Kota Kupang");
        String name = head.map(h -> h.name).filter(n -> !n.isBlank()).orElse(null);
        if (name != null) {
            return new Signer(name, position, null, head.map(h -> h.employeeId).filter(nip -> !nip.isBlank())
                    .orElse(null));
        }
        // the directory's seed names offices, not people: the configured name is not confirmed by any source
        return new Signer(config.signerName().orElse("(nama pejabat belum dicatat)"), position,
                "nama penanda tangan belum dikonfirmasi dalam direktori OPD", config.signerNip().orElse(null));
    }
}
