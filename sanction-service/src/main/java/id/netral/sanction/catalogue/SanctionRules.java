package id.netral.sanction.catalogue;

import static id.netral.events.words.IndonesianDates.longForm;

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
 * only the order of reading: the catalogue in force on the day of the act, the SKB row and, for a paired row, the side
 * of the day candidates were fixed, the rules for the employee's status, the raise for earlier proven cases, the body
 * in charge on the day of verification, and the PPK's due date.
 */
public final class SanctionRules {
    private final RuleBook ruleBook;
    private final ElectionCalendar calendar;
    private final RepeatPolicy repeatPolicy;
    private final ZoneId zone;
    private final int ppkDueDays;

    /**
     * @param zone       Kota Kupang's zone (WITA): which calendar day a verification or recommendation falls on
     * @param ppkDueDays calendar days the PPK has to act; no rule fixes the number (10 and 3 days were cited in 2020)
     */
    public SanctionRules(RuleBook ruleBook, ElectionCalendar calendar, RepeatPolicy repeatPolicy, ZoneId zone,
                         int ppkDueDays) {
        this.ruleBook = ruleBook;
        this.calendar = calendar;
        this.repeatPolicy = repeatPolicy;
        this.zone = zone;
        this.ppkDueDays = ppkDueDays;
    }

    public Outcome decide(ReportVerified verified, Instant recommendedAt) {
        return decide(verified, recommendedAt, List.of());
    }

    /** @param priors earlier proven cases of the same employee number, oldest first */
    public Outcome decide(ReportVerified verified, Instant recommendedAt, List<PriorCase> priors) {
        Optional<Catalogue> inForce = ruleBook.inForceOn(verified.incidentDate());
        // An act older than every catalogue was bound by rules this service does not hold: a person must decide.
        Catalogue catalogue = inForce.orElse(ruleBook.earliest());
        Violation verifiedRow = row(catalogue, verified.violationKind());
        EmploymentRules rules = catalogue.rulesFor(verified.accused().employmentType());

        List<String> explanation = new ArrayList<>();
        explanation.add("Bentuk pelanggaran " + verifiedRow.code() + " (SKB 2022): " + verifiedRow.act() + ".");
        Optional<Violation> staged = stage(catalogue, verifiedRow, verified, explanation);
        Violation violation = staged.orElse(verifiedRow);
        if (violation.note() != null) {
            explanation.add(violation.note());
        }
        boolean judged = inForce.isPresent() && staged.isPresent();
        Track track = judged ? rules.trackOf(violation) : Track.MANUAL_REVIEW;
        Level level = judged ? rules.levelOf(violation) : null;
        List<String> allowed = judged ? rules.allowed(violation) : List.of();
        if (inForce.isEmpty()) {
            explanation.add("Perbuatan terjadi " + longForm(verified.incidentDate()) + ", sebelum katalog "
                    + catalogue.version() + " berlaku (" + longForm(catalogue.effectiveFrom()) + "); aturan yang berlaku saat itu tidak ada di "
                    + "katalog, sehingga kasus ini ditelaah manual.");
        } else if (rules.notes().containsKey(track)) {
            explanation.add(rules.notes().get(track));
        }
        Raise raise = raise(rules, track, level, allowed, priors, explanation);
        explanation.addAll(choice(catalogue, track, raise.level(), raise.allowed(), raise.index(),
                judged ? violation.decidedBy() : null));
        String recommended = raise.allowed().isEmpty() ? null : raise.allowed().get(raise.index());

        LocalDate verifiedOn = LocalDate.ofInstant(verified.verifiedAt(), zone);
        LocalDate recommendedOn = LocalDate.ofInstant(recommendedAt, zone);
        BodyPeriod body = catalogue.bodyOn(verifiedOn);
        if (rules.handledBy() != null) {
            explanation.add(rules.handledBy());
        } else {
            // no body has seen the case yet: only Bawaslu's forwarding takes it there, and its day decides which
            explanation.add("Diverifikasi " + longForm(verifiedOn) + ". Kajian Bawaslu yang diteruskan pada hari itu "
                    + "diperiksa " + body.body() + ": " + body.note() + " Dasar: " + String.join("; ", body.legalBasis())
                    + ". Sampai hasil pemeriksaan itu diterima, rekomendasi ini adalah rancangan Netral bagi PPK.");
        }
        LocalDate dueDate = null;
        if (track == Track.MANUAL_REVIEW) {
            explanation.add("Belum ada batas waktu bagi PPK: batas waktu mulai berjalan setelah "
                    + (judged && violation.decidedBy() != null ? violation.decidedBy() : "BKPPD")
                    + " menetapkan jalur dan sanksinya.");
        } else {
            dueDate = dueDate(recommendedOn);
            explanation.add("PPK diminta menindaklanjuti paling lambat " + longForm(dueDate) + ", " + ppkDueDays
                    + " hari kalender sejak rekomendasi " + longForm(recommendedOn) + " (batas ini diatur lewat konfigurasi "
                    + "karena peraturan tidak menetapkan angkanya secara pasti).");
        }
        explanation.add("Aturan: katalog " + catalogue.version() + ", berlaku untuk perbuatan sejak "
                + longForm(catalogue.effectiveFrom()) + ".");

        List<String> legalBasis = legalBasis(catalogue, violation, verified.accused().employmentType(),
                raise.allowed());
        return new Outcome(track, raise.level(), raise.allowed(), recommended, legalBasis,
                List.copyOf(explanation), catalogue.version(), body.body(), dueDate, violation.code());
    }

    /**
     * What one SKB row means for one employee under the catalogue in force on the day of the act, as a BKPPD officer
     * who revises a recommendation names the row: no calendar switch and no raise, the officer chose the row.
     */
    public Assessment assess(String kind, EmploymentType type, LocalDate incidentDate) {
        Catalogue catalogue = ruleBook.inForceOn(incidentDate).orElse(ruleBook.earliest());
        Violation violation = row(catalogue, kind);
        EmploymentRules rules = catalogue.rulesFor(type);
        boolean judged = ruleBook.inForceOn(incidentDate).isPresent();
        List<String> allowed = judged ? rules.allowed(violation) : List.of();
        return new Assessment(kind, judged ? rules.trackOf(violation) : Track.MANUAL_REVIEW,
                judged ? rules.levelOf(violation) : null, allowed,
                legalBasis(catalogue, violation, type, allowed), catalogue.version());
    }

    /** A row's track, level, sanctions and legal basis for one employee, under {@code ruleVersion}. */
    public record Assessment(String kind, Track track, Level level, List<String> allowedSanctions,
                             List<String> legalBasis, String ruleVersion) {
    }

    /** The last day the PPK has to act on a recommendation made (or placed on a row) on this day. */
    public LocalDate dueDate(LocalDate recommendedOn) {
        return recommendedOn.plusDays(ppkDueDays);
    }

    public ElectionCalendar calendar() {
        return calendar;
    }

    private static Violation row(Catalogue catalogue, String kind) {
        return catalogue.violation(kind).orElseThrow(() ->
                new IllegalArgumentException("catalogue " + catalogue.version() + " has no row " + kind));
    }

    /**
     * The row the candidacy stage gives: the same act is one row toward a would-be candidate (before the day the
     * candidates of its contest were fixed) and its counterpart toward a fixed candidate: an ethics row and its
     * discipline row (E2/D2), or two discipline levels (D9 sedang/D10 berat). Empty when the row is paired but the
     * stage cannot be known (an election not in the calendar, or a day that is past fixing for one contest of the
     * election and not for another while the case does not say which contest): a person decides, nobody guesses.
     */
    private Optional<Violation> stage(Catalogue catalogue, Violation verifiedRow, ReportVerified verified,
                                      List<String> explanation) {
        if (verifiedRow.stage() == null) {
            return Optional.of(verifiedRow);
        }
        Optional<Election> election = calendar.election(verified.electionId());
        if (election.isEmpty()) {
            explanation.add("Pemilihan " + verified.electionId() + " tidak ada di kalender pemilihan, sehingga tidak "
                    + "dapat ditentukan apakah perbuatan ditujukan kepada bakal calon atau calon; kasus ini ditelaah "
                    + "manual.");
            return Optional.empty();
        }
        Election e = election.get();
        LocalDate day = verified.incidentDate();
        Optional<Election.Contest> named = calendar.contest(verified.electionId());
        boolean fixed;
        String when;
        if (named.isPresent()) {
            fixed = named.get().candidatesFixedOn(day);
            when = "penetapan calon " + named.get().name() + " pada " + e.name() + " ("
                    + longForm(named.get().candidatesFixed()) + ")";
        } else if (verified.electionId().contains(ElectionCalendar.CONTEST_SEPARATOR)) {
            explanation.add("Kontestasi pada " + verified.electionId() + " tidak ada di kalender " + e.name()
                    + ", sehingga tahap pencalonan tidak dapat ditentukan; kasus ini ditelaah manual.");
            return Optional.empty();
        } else {
            Optional<Boolean> everywhere = e.candidatesFixedInEveryContestOn(day);
            if (everywhere.isEmpty()) {
                explanation.add("Perbuatan terjadi " + longForm(day) + ", ketika calon sebagian kontestasi " + e.name()
                        + " sudah ditetapkan dan sebagian belum (" + contests(e) + "). Kasus tidak menyebut "
                        + "kontestasi calon yang didukung, sehingga tahap pencalonan tidak dapat ditentukan tanpa "
                        + "menebak; kasus ini ditelaah manual.");
                return Optional.empty();
            }
            fixed = everywhere.get();
            when = "penetapan calon " + e.name() + " (" + contests(e) + ")";
        }
        CandidacyStage wanted = fixed ? CandidacyStage.AFTER_FIXING : CandidacyStage.BEFORE_FIXING;
        String stage = "Perbuatan terjadi " + longForm(day) + ", " + (fixed ? "pada atau sesudah" : "sebelum") + " " + when
                + ", sehingga ditujukan kepada " + (fixed ? "calon" : "bakal calon");
        if (verifiedRow.stage() == wanted || verifiedRow.counterpart() == null) {
            explanation.add(stage + ": baris " + verifiedRow.code() + " hasil verifikasi sesuai dengan tahap ini.");
            return Optional.of(verifiedRow);
        }
        Violation counterpart = row(catalogue, verifiedRow.counterpart());
        explanation.add(stage + ". Perbuatan yang sama terhadap " + (fixed ? "calon" : "bakal calon")
                + " adalah baris " + counterpart.code() + " (" + words(counterpart) + "), bukan " + verifiedRow.code()
                + "; rekomendasi ini memakai baris " + counterpart.code() + ". Pasangan baris ini tercantum dalam "
                + "katalog " + catalogue.version() + ".");
        if (counterpart.counterpart() == null || !counterpart.counterpart().equals(verifiedRow.code())) {
            explanation.add("Pasangan " + verifiedRow.code() + " -> " + counterpart.code() + " tidak disebut sumber "
                    + "secara tegas; diatur lewat konfigurasi (belum dikonfirmasi).");
        }
        return Optional.of(counterpart);
    }

    private static String contests(Election e) {
        return e.contests().stream().map(c -> c.name() + " " + longForm(c.candidatesFixed())).collect(Collectors.joining(", "));
    }

    private static String words(Violation row) {
        return row.track() == Track.DISCIPLINE ? "disiplin tingkat " + lower(row.level()) : row.track().label();
    }

    private record Raise(Level level, List<String> allowed, int index) {
    }

    private Raise raise(EmploymentRules rules, Track track, Level level, List<String> allowed,
                        List<PriorCase> priors, List<String> explanation) {
        Raise unchanged = new Raise(level, allowed, 0);
        if (priors.isEmpty()) {
            return unchanged;
        }
        explanation.add("Pelanggaran berulang: nomor pegawai ini memiliki " + priors.size()
                + " kasus terbukti sebelumnya: " + priors.stream().map(SanctionRules::describe)
                .collect(Collectors.joining("; ")) + ".");
        if (repeatPolicy == RepeatPolicy.NONE || track == Track.MANUAL_REVIEW || allowed.isEmpty()) {
            explanation.add(repeatPolicy == RepeatPolicy.NONE
                    ? "Kebijakan pelanggaran berulang (NONE) tidak menaikkan rekomendasi; PPK mempertimbangkannya."
                    : "Rekomendasi tidak dinaikkan otomatis; penelaah mempertimbangkan kasus terdahulu.");
            return unchanged;
        }
        if (repeatPolicy == RepeatPolicy.NEXT_LEVEL && track == Track.DISCIPLINE) {
            for (Level higher : Level.values()) {
                List<String> sanctions = rules.discipline().getOrDefault(higher, List.of());
                if (higher.compareTo(level) > 0 && !sanctions.isEmpty()) {
                    explanation.add("Kebijakan pelanggaran berulang (NEXT_LEVEL): tingkat hukuman dinaikkan dari "
                            + lower(level) + " ke " + lower(higher) + ".");
                    return new Raise(higher, sanctions, 0);
                }
            }
        }
        int index = Math.min(priors.size(), allowed.size() - 1);
        if (index == 0) {
            explanation.add("Kebijakan pelanggaran berulang (" + repeatPolicy + "): tidak ada sanksi yang lebih berat "
                    + "dalam " + (level == null ? "jalur " + track.label() : "tingkat " + lower(level))
                    + "; rekomendasi tetap, PPK mempertimbangkan kasus terdahulu.");
            return unchanged;
        }
        explanation.add("Kebijakan pelanggaran berulang (" + repeatPolicy + "): rekomendasi dinaikkan " + index
                + " langkah dalam " + (level == null ? "jalur " + track.label() : "tingkat " + lower(level))
                + ", dari " + allowed.get(0) + " ke " + allowed.get(index) + ".");
        return new Raise(level, allowed, index);
    }

    private static String describe(PriorCase prior) {
        return "rekomendasi " + prior.recommendationId() + " (perbuatan " + prior.incidentDate() + ", direkomendasikan "
                + prior.recommendedAt() + ", baris " + prior.kind() + ", jalur " + prior.track().label()
                + (prior.sanction() == null ? "" : ", sanksi " + prior.sanction()) + ")";
    }

    private static String lower(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> choice(Catalogue catalogue, Track track, Level level, List<String> allowed,
                                       int index, String decidedBy) {
        if (allowed.isEmpty() && decidedBy != null) {
            return List.of("Tidak ada sanksi yang direkomendasikan otomatis: " + decidedBy + " memutuskan jalur dan "
                    + "tingkatnya kasus per kasus (bukan BKPPD); BKPPD mencatat putusan itu sebagai revisi "
                    + "rekomendasi ini secara manual.");
        }
        if (allowed.isEmpty()) {
            return List.of("Tidak ada sanksi yang direkomendasikan otomatis; BKPPD menelaah kasus ini secara manual "
                    + "dan mengusulkan jalur serta tingkatnya.");
        }
        String scope = level == null ? "jalur " + track.label() : "tingkat " + lower(level);
        String list = allowed.stream()
                .map(code -> code + " (" + catalogue.sanction(code).orElseThrow().text() + ")")
                .collect(Collectors.joining("; "));
        String recommended = allowed.get(index);
        String why = allowed.size() == 1 ? ", satu-satunya sanksi pada " + scope + "."
                : index == 0 ? ", yang paling ringan; PPK memilih jenis sanksi di dalam " + scope
                + " sesuai bobot perbuatan."
                : ", karena pelanggaran berulang; PPK memilih jenis sanksi di dalam " + scope + ".";
        List<String> lines = new ArrayList<>(List.of("Sanksi yang dapat dijatuhkan pada " + scope + ": " + list + ".",
                "Rekomendasi: " + recommended + why));
        if (track == Track.DISCIPLINE && allowed.size() > 1) {
            lines.add("Bahwa SKB 2022 hanya menetapkan tingkat hukuman dan PPK memilih jenis hukuman di dalamnya "
                    + "adalah tafsiran catatan riset (belum dikonfirmasi terhadap lampiran SKB).");
        }
        return lines;
    }

    private static List<String> legalBasis(Catalogue catalogue, Violation violation, EmploymentType type,
                                           List<String> allowed) {
        Set<String> lines = new LinkedHashSet<>(catalogue.framework());
        if (type != EmploymentType.NON_ASN) {
            lines.addAll(catalogue.asnFramework());
        }
        lines.addAll(violation.legalBasis());
        if (type == EmploymentType.PNS) {
            lines.addAll(violation.pnsBasis());
        }
        allowed.forEach(code -> lines.addAll(catalogue.sanction(code).orElseThrow().legalBasis()));
        return List.copyOf(lines);
    }
}
