package id.netral.report.handoff;

import id.netral.kit.audit.AuditLog;
import id.netral.kit.problem.ProblemException;
import id.netral.events.words.IndonesianDates;
import id.netral.report.ExaminingBody;
import id.netral.report.Report;
import id.netral.report.ViolationKinds;
import id.netral.report.intake.KupangRegions;
import id.netral.report.screening.Elections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Builds the hand-off export of one verified case and audits who took it. */
@ApplicationScoped
public class HandOffExports {
    static final String CATEGORY = "Netralitas ASN";
    static final String REPORTER_NOTE = "Identitas pelapor tidak disertakan: identitas pelapor tidak keluar dari "
            + "Netral; bila diminta, Bawaslu menyampaikannya sendiri sesuai aturan kerahasiaan pelapor.";

    @Inject
    HandOffSettings settings;
    @Inject
    Elections elections;
    @Inject
    KupangRegions regions;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public HandOffExport of(UUID reportId) {
        Report report = Report.existing(reportId);
        if (!StudyForwarding.verified(report)) {
            throw ProblemException.conflict("The report is " + report.status + "; only a verified case is handed "
                    + "to KASN or BKN");
        }
        audit.record("report.handoff.exported", "report", report.id);
        var accused = report.accused;
        String idKind = accused.employeeId == null ? "tidak ada" : switch (accused.employmentType) {
            case PNS -> "NIP";
            case PPPK -> "NI PPPK";
            case NON_ASN -> "nomor pegawai";
        };
        String employment = switch (accused.employmentType) {
            case PNS -> "Pegawai Negeri Sipil (PNS)";
            case PPPK -> "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)";
            case NON_ASN -> "pegawai non-ASN (PTT/honorer)";
        };
        var kelurahan = regions.kelurahan(report.kelurahanCode);
        String election = elections.byId().containsKey(report.electionId)
                ? elections.byId().get(report.electionId).name() : report.electionId;
        LocalDate verifiedOn = LocalDate.ofInstant(report.decidedAt, clock.getZone());
        HandOffExport.Forwarding forwarding = report.forwardedOn == null ? null : forwarding(report);
        return new HandOffExport(report.id, CATEGORY, settings.sbtFieldListStatus(),
                new HandOffExport.ReportedPerson(idKind, accused.employeeId, accused.name, employment,
                        settings.agency(), accused.opdCode, accused.position),
                new HandOffExport.Incident(election, report.incidentDate, IndonesianDates.longForm(report.incidentDate),
                        kelurahan.map(KupangRegions.Kelurahan::kecamatan).orElse(null),
                        kelurahan.map(KupangRegions.Kelurahan::name).orElse(report.kelurahanCode),
                        report.description),
                report.evidence.stream().map(e -> new HandOffExport.Evidence(e.url, e.sha256, e.description))
                        .toList(),
                new HandOffExport.Finding(ViolationKinds.describe(report.violationKind), verifiedOn,
                        IndonesianDates.longForm(verifiedOn), report.decidedBy),
                forwarding, REPORTER_NOTE);
    }

    private static HandOffExport.Forwarding forwarding(Report report) {
        ExaminingBody receiver = ExaminingBody.valueOf(report.forwardedTo);
        return new HandOffExport.Forwarding(receiver.words(), receiver.channelWords(), report.forwardedOn,
                IndonesianDates.longForm(report.forwardedOn), report.forwardingLetterNumber, report.forwardedBy);
    }
}
