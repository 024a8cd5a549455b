package id.netral.sanction.catalogue;

import id.netral.events.EmploymentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the rules that turn a proven neutrality violation into a sanction: the SKB 2022 rows, the
 * sanctions of PP 94/2021, PP 42/2004 and PP 49/2018, which of them apply to each kind of employee, and who handles
 * cases on which day. It is data (a JSON file under {@code catalogue/}), so that a changed rule is a new version of
 * a file a lawyer can read, not a code change. It applies to acts done on or after {@code effectiveFrom}.
 *
 * @param framework    legal basis lines that stand above every row (the SKB itself)
 * @param asnFramework the ASN law above every row, cited for ASN (PNS and PPPK) only: non-ASN staff are not bound by it
 */
public record Catalogue(String version, LocalDate effectiveFrom,
                        @Schema(examples = "Katalog sanksi pelanggaran netralitas ASN: UU 20/2023, SKB 2022, "
                                + "PP 94/2021, PP 42/2004, PP 49/2018")
                        String title, List<String> framework,
                        List<String> asnFramework, List<String> notes, List<Sanction> sanctions, List<Violation> violations,
                        Map<EmploymentType, EmploymentRules> employmentTypes, List<BodyPeriod> sanctioningBodies) {

    public Catalogue {
        framework = listOf(framework);
        asnFramework = listOf(asnFramework);
        notes = listOf(notes);
        sanctions = listOf(sanctions);
        violations = listOf(violations);
        employmentTypes = employmentTypes == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(employmentTypes));
        sanctioningBodies = listOf(sanctioningBodies);
    }

    /** A sanction a PPK (or, for contract staff, the city) can impose. {@code level} only for discipline. */
    public record Sanction(@Schema(examples = "R2") String code, Track track, Level level,
                           @Schema(examples = "teguran tertulis") String text, List<String> legalBasis) {
        public Sanction {
            legalBasis = listOf(legalBasis);
        }
    }

    /**
     * One row of the SKB 2022 matrix: what the act is and where it leads for a PNS. {@code level} only for the
     * discipline track; {@code note} for what a reader must know beyond the row (a softening circular, who decides).
     *
     * @param legalBasis the row itself, cited for every employee
     * @param pnsBasis   the PNS statutes the sources cite for the row (PP 94/2021, PP 42/2004): cited for PNS only,
     *                   since PPPK answer to PP 49/2018 and non-ASN staff to their contract
     * @param stage       the side of the day candidates are fixed the row speaks of (toward a would-be candidate, or
     *                    toward a fixed candidate); null for a row that holds on both sides
     * @param counterpart the row of the same act on the other side of that day, in either track: E2 (ethics, would-be
     *                    candidate) and D2 (discipline, candidate), D9 (sedang, before participants are fixed) and
     *                    D10 (berat, after); null for a row the SKB does not pair
     * @param decidedBy   who decides a row the catalogue cannot (D13: the Satgas Netralitas ASN); null otherwise
     */
    public record Violation(@Schema(examples = "E2") String code, CandidacyStage stage,
                            @Schema(examples = "D2") String counterpart, Track track, Level level,
                            @Schema(examples = "Sosialisasi atau kampanye melalui media sosial atau daring untuk "
                                    + "bakal calon") String act,
                            List<String> legalBasis, List<String> pnsBasis,
                            @Schema(examples = "SE MenPAN-RB 18/2023 melunakkan baris ini: ASN boleh hadir di "
                                    + "kampanye tanpa peran aktif, tanpa atribut dan tanpa simbol keberpihakan.")
                            String note,
                            @Schema(examples = "Satgas Netralitas ASN") String decidedBy) {
        public Violation {
            legalBasis = listOf(legalBasis);
            pnsBasis = listOf(pnsBasis);
        }

        Violation withCounterpart(String code) {
            return new Violation(this.code, stage, code, track, level, act, legalBasis, pnsBasis, note, decidedBy);
        }
    }

    /**
     * Which sanctions apply to one kind of employee, lightest first in every list. A non-empty {@code contract} list
     * means the ASN tracks do not apply at all: every proven violation leads to a contract measure, the list of its
     * row in {@code contractByKind} or else {@code contract}.
     *
     * @param notes     what the reader of a recommendation must know about this employee's track, by track
     * @param handledBy who handles the case of this employee when it is not the sanctioning body of the day (KASN/BKN
     *                  have no role for non-ASN staff); null when it is
     */
    public record EmploymentRules(@Schema(examples = "PNS") String label, List<String> ethics, Map<Level, List<String>> discipline,
                                  List<String> dismissal, List<String> contract,
                                  Map<String, List<String>> contractByKind, Map<Track, String> notes,
                                  @Schema(examples = "Pegawai non-ASN bukan kewenangan KASN maupun BKN: kasus ini "
                                          + "ditangani PPK (Wali Kota Kupang).") String handledBy) {
        public EmploymentRules {
            ethics = listOf(ethics);
            discipline = discipline == null || discipline.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(discipline));
            dismissal = listOf(dismissal);
            contract = listOf(contract);
            contractByKind = contractByKind == null ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(contractByKind));
            notes = notes == null || notes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(notes));
        }

        public Track trackOf(Violation violation) {
            if (violation.track() == Track.MANUAL_REVIEW) {
                return Track.MANUAL_REVIEW;
            }
            return contract.isEmpty() ? violation.track() : Track.CONTRACT;
        }

        /** The level only the discipline track has; an ethics, dismissal or contract outcome has none. */
        public Level levelOf(Violation violation) {
            return trackOf(violation) == Track.DISCIPLINE ? violation.level() : null;
        }

        /** The sanctions the PPK may choose from for this violation, lightest first; empty for manual review. */
        public List<String> allowed(Violation violation) {
            return switch (trackOf(violation)) {
                case ETHICS -> ethics;
                case DISCIPLINE -> discipline.getOrDefault(violation.level(), List.of());
                case DISMISSAL -> dismissal;
                case CONTRACT -> contractByKind.getOrDefault(violation.code(), contract);
                case MANUAL_REVIEW -> List.of();
            };
        }

        EmploymentRules withDiscipline(Level level, List<String> sanctions) {
            Map<Level, List<String>> changed = new EnumMap<>(Level.class);
            changed.putAll(discipline);
            changed.put(level, sanctions);
            return new EmploymentRules(label, ethics, changed, dismissal, contract, contractByKind, notes, handledBy);
        }

        EmploymentRules withContract(List<String> measures, Map<String, List<String>> byKind) {
            return new EmploymentRules(label, ethics, discipline, dismissal, measures, byKind, notes, handledBy);
        }
    }

    /** Who handles cases verified from {@code from} to {@code until} (both inclusive; null is open-ended). */
    public record BodyPeriod(SanctioningBody body, LocalDate from, LocalDate until,
                             @Schema(examples = "Sampai 23 Agustus 2024 KASN memeriksa kasus netralitas ASN dan "
                                     + "mengirim rekomendasi kepada PPK.") String note,
                             List<String> legalBasis) {
        public BodyPeriod {
            legalBasis = listOf(legalBasis);
        }

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    public Optional<Sanction> sanction(String code) {
        return sanctions.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Violation> violation(String code) {
        return violations.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public EmploymentRules rulesFor(EmploymentType type) {
        EmploymentRules rules = employmentTypes.get(type);
        if (rules == null) {
            throw new IllegalStateException("catalogue " + version + " has no rules for " + type);
        }
        return rules;
    }

    public BodyPeriod bodyOn(LocalDate day) {
        return sanctioningBodies.stream().filter(p -> p.covers(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("catalogue " + version + " names no sanctioning body for "
                        + day));
    }

    /**
     * Fills in what the law leaves to Pemkot Kupang and is therefore configuration: the medium discipline sanctions
     * of PPPK (set by the PPK or the work contract, PP 49/2018 Pasal 52), the measures for non-ASN staff per row (set
     * by a Perwali whose number is unconfirmed) and the counterparts the sources do not name (E6).
     */
    public Catalogue withLocalRules(LocalRules local) {
        Map<EmploymentType, EmploymentRules> types = new EnumMap<>(EmploymentType.class);
        types.putAll(employmentTypes);
        types.computeIfPresent(EmploymentType.PPPK,
                (type, rules) -> rules.withDiscipline(Level.SEDANG, local.pppkMediumSanctions()));
        types.computeIfPresent(EmploymentType.NON_ASN,
                (type, rules) -> rules.withContract(local.nonAsnMeasures(), local.nonAsnMeasuresByKind()));
        List<Violation> rows = violations.stream()
                .map(v -> local.counterparts().containsKey(v.code()) ? v.withCounterpart(local.counterparts()
                        .get(v.code())) : v).toList();
        return new Catalogue(version, effectiveFrom, title, framework, asnFramework, notes, sanctions, rows, types,
                sanctioningBodies);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
