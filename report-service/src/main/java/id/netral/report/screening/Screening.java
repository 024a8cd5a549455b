package id.netral.report.screening;

import id.netral.report.Report;
import id.netral.report.ReportStatus;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The initial study (kajian awal) of a submission against the formal requirements (an identified reporter, reported
 * within the window after it became known) and the material ones (evidence); then the search for an earlier report
 * of the same act (same accused, day and kind), which the new one is linked to instead of opening a second case.
 * Research notes 3.1 and 3.2.
 */
@ApplicationScoped
public class Screening {
    @Inject
    Elections elections;
    @Inject
    WorkingCalendar calendar;

    /**
     * @param submittedOn the day the submission reached Netral; the reporting window counts to the day Bawaslu
     *                    received the report, which is earlier for a paper report typed in later (received.on)
     */
    public ScreeningResult screen(Report report, LocalDate submittedOn) {
        List<String> reasons = new ArrayList<>();
        if (report.reporterName == null || report.reporterContact == null) {
            reasons.add("Identitas pelapor (nama dan alamat atau kontak) tidak ada, sehingga tidak dapat "
                    + "diregistrasi sebagai laporan; disimpan sebagai informasi awal yang dapat ditindaklanjuti "
                    + "pengawas sebagai temuan.");
        }
        Elections.Election election = elections.byId().get(report.electionId);
        LocalDate lastDay = calendar.lastDay(report.knownDate, election.reportWithinDays(),
                election.reportWithinUnit());
        LocalDate receivedOn = report.receivedOn != null ? report.receivedOn : submittedOn;
        if (receivedOn.isAfter(lastDay)) {
            reasons.add("Dilaporkan melewati batas waktu: diketahui " + report.knownDate + ", batas "
                    + election.reportWithinDays() + " " + words(election.reportWithinUnit()) + " berakhir "
                    + lastDay + ", diterima Bawaslu " + receivedOn + ".");
        }
        if (report.evidence.isEmpty()) {
            reasons.add("Tidak ada bukti (foto, rekaman, video atau tautan) yang dilampirkan.");
        }
        if (!reasons.isEmpty()) {
            return new ScreeningResult(ReportStatus.NOT_REGISTERED, reasons, null, null);
        }
        Optional<UUID> earlier = earlierReportOfTheSameAct(report);
        if (earlier.isPresent()) {
            return new ScreeningResult(ReportStatus.DUPLICATE, List.of("Perbuatan yang sama (terlapor, tanggal dan "
                    + "jenis) sudah dilaporkan; laporan ini digabungkan ke laporan tersebut."), earlier.get(), null);
        }
        return new ScreeningResult(ReportStatus.REGISTERED, List.of(), null, calendar.lastDay(submittedOn,
                election.decisionWithinDays(), election.decisionWithinUnit()));
    }

    /** The verifier's deadline once more information is asked for, counted from the day the report was registered. */
    public LocalDate extendedDecisionDue(Report report, LocalDate registeredOn) {
        Elections.Election election = elections.byId().get(report.electionId);
        return calendar.lastDay(registeredOn, election.decisionExtendedDays(), election.decisionExtendedUnit());
    }

    private static Optional<UUID> earlierReportOfTheSameAct(Report report) {
        // Parameters only: nothing from the request becomes part of the query text.
        Parameters parameters = Parameters.with("day", report.incidentDate)
                .and("notCases", List.of(ReportStatus.SUBMITTED, ReportStatus.NOT_REGISTERED, ReportStatus.DUPLICATE))
                .and("self", report.id);
        String sameAccused;
        if (report.accused.employeeId != null) {
            sameAccused = "accused.employeeId = :employee";
            parameters = parameters.and("employee", report.accused.employeeId);
        } else {
            sameAccused = "accused.employeeId is null and lower(accused.name) = lower(:name) and accused.opdCode = :opd";
            parameters = parameters.and("name", report.accused.name).and("opd", report.accused.opdCode);
        }
        String sameKind = "suspectedKind is null";
        if (report.suspectedKind != null) {
            sameKind = "suspectedKind = :kind";
            parameters = parameters.and("kind", report.suspectedKind);
        }
        return Report.<Report>find(sameAccused + " and incidentDate = :day and " + sameKind
                        + " and status not in :notCases and id <> :self order by submittedAt", parameters)
                .firstResultOptional().map(r -> r.id);
    }

    private static String words(WorkingCalendar.DayCount count) {
        return count == WorkingCalendar.DayCount.WORKING_DAYS ? "hari kerja" : "hari";
    }
}
