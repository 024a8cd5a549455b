package id.netral.sanction.recommendation;

import id.netral.events.BodyResultRecorded;
import id.netral.events.InvalidEventException;
import id.netral.events.StudyForwarded;
import id.netral.kit.outbox.Outbox;
import id.netral.kit.problem.ProblemException;
import id.netral.sanction.catalogue.Catalogue;
import id.netral.sanction.catalogue.RuleBook;
import id.netral.sanction.catalogue.SanctioningBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.netral.events.words.IndonesianDates.longForm;

/**
 * The case beyond the city: Bawaslu's forwarding of its study to KASN or BKN (from report-service's event) and the
 * body's result when its letter arrives. Netral's own recommendation is a draft (rancangan) for the PPK until that
 * result is recorded; from then the PPK acts on the body's result and Netral's stays beside it. No body is named as
 * having the case before Bawaslu forwarded it.
 */
@ApplicationScoped
public class HandOff {
    private static final Logger LOG = Logger.getLogger(HandOff.class);

    @Inject
    RuleBook ruleBook;
    @Inject
    Outbox outbox;
    @Inject
    RecommendationChanges changes;
    @Inject
    Clock clock;

    /** Notes the forwarding on the case's recommendation, once; a repeated or later forwarding is not applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forwarded(StudyForwarded forwarded) {
        Recommendation r = Recommendation.forReport(forwarded.reportId()).orElseThrow(() ->
                // the verification comes first on the same partition, and makes the recommendation: a forwarding
                // without one breaks the contract
                new InvalidEventException("study of report " + forwarded.reportId() + " forwarded, but the report "
                        + "has no recommendation"));
        if (r.forwardedOn != null) {
            LOG.warnf("Report %s: study already forwarded to %s on %s; the forwarding of %s is not applied",
                    r.reportId, r.forwardedTo, r.forwardedOn, forwarded.forwardedOn());
            return;
        }
        SanctioningBody body = SanctioningBody.valueOf(forwarded.receiver());
        r.forwardedOn = forwarded.forwardedOn();
        r.forwardedTo = body;
        r.forwardingLetterNumber = forwarded.letterNumber();
        String line = "Kajian Bawaslu diteruskan kepada " + Wording.body(body) + " pada " + longForm(r.forwardedOn)
                + " (surat nomor " + r.forwardingLetterNumber + "); rekomendasi Netral tetap rancangan bagi PPK "
                + "sampai hasil " + body.name() + " diterima.";
        r.explain(line);
        changes.recordByService(r.id, changes.now(), HistoryEntry.Action.FORWARDED, List.of(line),
                "recommendation.forwarded");
    }

    /** A BKPPD officer records the body's result; refused, with nothing changed, for a case the body has not seen. */
    @Transactional
    public Recommendation recordResult(UUID id, BodyResult result) {
        RecommendationChanges.Change change = changes.begin(id);
        Recommendation r = change.recommendation();
        if (r.forwardedOn == null) {
            throw ProblemException.conflict("Bawaslu has not forwarded its study of this case to KASN or BKN: no body "
                    + "has seen it, so there is no result to record");
        }
        if (r.hasBodyResult()) {
            throw ProblemException.conflict("The result of " + r.forwardedTo + " was already recorded: number "
                    + r.bodyResultNumber + " of " + r.bodyResultDate);
        }
        if (r.status == Status.DECIDED) {
            throw ProblemException.conflict("Recommendation " + id + " was decided by decree " + r.decreeNumber
                    + "; a result arriving after the decision is not recorded here");
        }
        if (result.resultDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("resultDate", "must not be in the future");
        }
        if (result.resultDate().isBefore(r.forwardedOn)) {
            throw ProblemException.invalid("resultDate", "must not be before Bawaslu forwarded the study ("
                    + r.forwardedOn + ")");
        }
        Catalogue catalogue = ruleBook.version(r.ruleVersion).orElseThrow();
        Catalogue.Sanction sanction = catalogue.sanction(result.recommendedSanction()).orElseThrow(() ->
                ProblemException.invalid("recommendedSanction", "must be a sanction of catalogue " + r.ruleVersion
                        + ", e.g. " + String.join(", ", r.allowedSanctions.isEmpty() ? List.of("B1")
                        : r.allowedSanctions)));
        Instant now = change.at();
        String actor = change.actor();
        r.bodyResultNumber = result.resultNumber().strip();
        r.bodyResultDate = result.resultDate();
        r.bodySanction = sanction.code();
        r.bodyResultRecordedBy = actor;
        r.bodyResultRecordedAt = now;
        String draft = r.recommendedSanction == null ? "tanpa sanksi"
                : catalogue.sanction(r.recommendedSanction).map(Catalogue.Sanction::text).orElse(r.recommendedSanction);
        String line = "Hasil " + Wording.body(r.forwardedTo) + " nomor " + r.bodyResultNumber + " tanggal "
                + longForm(r.bodyResultDate) + " merekomendasikan " + sanction.text() + ". PPK menindaklanjuti hasil "
                + r.forwardedTo.name() + " ini; rancangan rekomendasi Netral (" + draft
                + ") tetap tercatat sebagai pembanding.";
        r.explain(line);
        changes.record(change, HistoryEntry.Action.BODY_RESULT, null, List.of(line), "recommendation.body-result");
        outbox.append(r.reportId, new BodyResultRecorded(r.id, r.reportId, r.forwardedTo.name(), r.bodyResultNumber,
                r.bodyResultDate, r.bodySanction, sanction.text(), r.recommendedSanction, actor, now));
        return r;
    }

    /** The words for the hand-off that people read. */
    static final class Wording {
        private Wording() {
        }

        static String body(SanctioningBody body) {
            return switch (body) {
                case KASN -> "Komisi Aparatur Sipil Negara (KASN)";
                case BKN -> "Badan Kepegawaian Negara (BKN)";
            };
        }

        /** Which recommendation the PPK acts on, and why, as the detail view says it. */
        static String ppkActsOn(Recommendation r) {
            if (r.hasBodyResult()) {
                return "PPK menindaklanjuti hasil " + body(r.forwardedTo) + " nomor " + r.bodyResultNumber
                        + "; rekomendasi Netral adalah rancangan yang tetap tercatat sebagai pembanding.";
            }
            if (r.forwardedOn != null) {
                return "Rekomendasi Netral adalah rancangan bagi PPK; kajian Bawaslu telah diteruskan kepada "
                        + body(r.forwardedTo) + " pada " + longForm(r.forwardedOn) + " dan hasilnya belum diterima.";
            }
            if (r.accused.employmentType == id.netral.events.EmploymentType.NON_ASN) {
                return "Rekomendasi Netral adalah rancangan bagi PPK; pegawai non-ASN bukan kewenangan KASN maupun "
                        + "BKN, sehingga PPK menindaklanjutinya menurut Peraturan Wali Kota atau perjanjian kerja.";
            }
            return "Rekomendasi Netral adalah rancangan bagi PPK; kajian Bawaslu belum diteruskan kepada KASN atau "
                    + "BKN, sehingga belum ada lembaga yang memeriksa kasus ini.";
        }
    }
}
