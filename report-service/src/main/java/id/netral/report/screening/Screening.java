package id.netral.report.screening;

import id.netral.report.Report;
import id.netral.report.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The initial study (kajian awal) of a submission against the formal requirements (an identified reporter, reported
 * within the window after it became known) and the material ones (evidence); then the search for an earlier report
 * of the same act (same accused, day and kind), which the new one is linked to instead of opening a second case.
 * Research notes 3.1 and 3.2.
 */
@ApplicationScoped
public class Screening {
    /** What never opened a case of its own, as SQL text made from the enum's names only. */
    private static final String NOT_CASES = Stream.of(ReportStatus.SUBMITTED, ReportStatus.NOT_REGISTERED,
            ReportStatus.DUPLICATE).map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    @Inject
    Elections elections;
    @Inject
    WorkingCalendar calendar;
    @Inject
    EntityManager entityManager;

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

    /**
     * The first case opened for the same act. Runs before the new report is stored, so it never finds the report
     * itself and nothing waits to be flushed; plain SQL, since Hibernate would translate the query again on every
     * call (its list-valued parameter keeps the translation out of the query plan cache).
     */
    private Optional<UUID> earlierReportOfTheSameAct(Report report) {
        // Parameters only: nothing from the request becomes part of the query text.
        StringBuilder sql = new StringBuilder("SELECT id FROM report WHERE incident_date = :day AND status NOT IN ")
                .append(NOT_CASES);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("day", report.incidentDate);
        if (report.accused.employeeId != null) {
            sql.append(" AND accused_employee_id = :employee");
            parameters.put("employee", report.accused.employeeId);
        } else {
            sql.append(" AND accused_employee_id IS NULL AND lower(accused_name) = lower(:name) AND opd_code = :opd");
            parameters.put("name", report.accused.name);
            parameters.put("opd", report.accused.opdCode);
        }
        if (report.suspectedKind != null) {
            sql.append(" AND suspected_kind = :kind");
            parameters.put("kind", report.suspectedKind);
        } else {
            sql.append(" AND suspected_kind IS NULL");
        }
        Query query = entityManager.createNativeQuery(sql.append(" ORDER BY submitted_at LIMIT 1").toString(),
                UUID.class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().findFirst().map(UUID.class::cast);
    }

    private static String words(WorkingCalendar.DayCount count) {
        return count == WorkingCalendar.DayCount.WORKING_DAYS ? "hari kerja" : "hari";
    }
}
