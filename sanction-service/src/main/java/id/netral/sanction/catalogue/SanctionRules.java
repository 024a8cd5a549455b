package id.netral.sanction.catalogue;

import id.netral.events.EmploymentType;
import id.netral.events.ReportVerified;
import id.netral.sanction.catalogue.Catalogue.BodyPeriod;
import id.netral.sanction.catalogue.Catalogue.EmploymentRules;
import id.netral.sanction.catalogue.Catalogue.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a verified case into an outcome by reading the catalogue: no sanction is decided in code. What is code is
 * only the order of reading: the catalogue in force on the day of the act, the SKB row, the rules for the
 * employee's status, the body in charge on the day of verification, and the PPK's due date.
 */
public final class SanctionRules {
    private final RuleBook ruleBook;
    private final ZoneId zone;
    private final int ppkDueDays;

    /**
     * @param zone       Kota Kupang's zone (WITA): which calendar day a verification or recommendation falls on
     * @param ppkDueDays calendar days the PPK has to act; no rule fixes the number (10 and 3 days were cited in 2020)
     */
    public SanctionRules(RuleBook ruleBook, ZoneId zone, int ppkDueDays) {
        this.ruleBook = ruleBook;
        this.zone = zone;
        this.ppkDueDays = ppkDueDays;
    }

    public Outcome decide(ReportVerified verified, Instant recommendedAt) {
        Optional<Catalogue> inForce = ruleBook.inForceOn(verified.incidentDate());
        // An act older than every catalogue was bound by rules this service does not hold: a person must decide.
        Catalogue catalogue = inForce.orElse(ruleBook.earliest());
        Violation violation = catalogue.violation(verified.violationKind()).orElseThrow(() ->
                new IllegalArgumentException("catalogue " + catalogue.version() + " has no row "
                        + verified.violationKind()));
        EmploymentRules rules = catalogue.rulesFor(verified.accused().employmentType());

        boolean judged = inForce.isPresent();
        Track track = judged ? rules.trackOf(violation) : Track.MANUAL_REVIEW;
        Level level = judged ? rules.levelOf(violation) : null;
        List<String> allowed = judged ? rules.allowed(violation) : List.of();
        String recommended = allowed.isEmpty() ? null : allowed.get(0);

        LocalDate verifiedOn = LocalDate.ofInstant(verified.verifiedAt(), zone);
        LocalDate recommendedOn = LocalDate.ofInstant(recommendedAt, zone);
        LocalDate dueDate = recommendedOn.plusDays(ppkDueDays);
        BodyPeriod body = catalogue.bodyOn(verifiedOn);

        List<String> explanation = new ArrayList<>();
        explanation.add("Bentuk pelanggaran " + violation.code() + " (SKB 2022): " + violation.act() + ".");
        if (violation.note() != null) {
            explanation.add(violation.note());
        }
        if (!judged) {
            explanation.add("Perbuatan terjadi " + verified.incidentDate() + ", sebelum katalog " + catalogue.version()
                    + " berlaku (" + catalogue.effectiveFrom() + "); aturan yang berlaku saat itu tidak ada di "
                    + "katalog, sehingga kasus ini ditelaah manual.");
        } else if (rules.notes().containsKey(track)) {
            explanation.add(rules.notes().get(track));
        }
        explanation.addAll(choice(catalogue, track, level, allowed));
        explanation.add("Diverifikasi " + verifiedOn + ": kasus ditangani " + body.body() + ". " + body.note()
                + " Dasar: " + String.join("; ", body.legalBasis()) + ".");
        explanation.add("PPK diminta menindaklanjuti paling lambat " + dueDate + ", " + ppkDueDays
                + " hari kalender sejak rekomendasi " + recommendedOn + " (batas ini diatur lewat konfigurasi karena "
                + "peraturan tidak menetapkan angkanya secara pasti).");
        explanation.add("Aturan: katalog " + catalogue.version() + ", berlaku untuk perbuatan sejak "
                + catalogue.effectiveFrom() + ".");

        List<String> legalBasis = legalBasis(catalogue, violation,
                verified.accused().employmentType() == EmploymentType.PNS, allowed);
        return new Outcome(track, level, allowed, recommended, legalBasis,
                List.copyOf(explanation), catalogue.version(), body.body(), dueDate);
    }

    private static List<String> choice(Catalogue catalogue, Track track, Level level, List<String> allowed) {
        if (allowed.isEmpty()) {
            return List.of("Tidak ada sanksi yang direkomendasikan otomatis; BKPPD menelaah kasus ini secara manual "
                    + "dan mengusulkan jalur serta tingkatnya.");
        }
        String scope = level == null ? "jalur " + track.label() : "tingkat " + level.name().toLowerCase(Locale.ROOT);
        String list = allowed.stream()
                .map(code -> code + " (" + catalogue.sanction(code).orElseThrow().text() + ")")
                .collect(Collectors.joining("; "));
        String recommended = allowed.get(0);
        return List.of("Sanksi yang dapat dijatuhkan pada " + scope + ": " + list + ".", allowed.size() == 1
                ? "Rekomendasi: " + recommended + ", satu-satunya sanksi pada " + scope + "."
                : "Rekomendasi: " + recommended + ", yang paling ringan; PPK memilih jenis sanksi di dalam " + scope
                        + " sesuai bobot perbuatan.");
    }

    private static List<String> legalBasis(Catalogue catalogue, Violation violation, boolean pns,
                                           List<String> allowed) {
        Set<String> lines = new LinkedHashSet<>(catalogue.framework());
        lines.addAll(violation.legalBasis());
        if (pns) {
            lines.addAll(violation.pnsBasis());
        }
        allowed.forEach(code -> lines.addAll(catalogue.sanction(code).orElseThrow().legalBasis()));
        return List.copyOf(lines);
    }
}
