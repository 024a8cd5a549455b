package id.netral.report.worklist;

import id.netral.report.ViolationKinds;
import id.netral.report.intake.KupangRegions;
import id.netral.report.screening.Elections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The work list as people read it in a spreadsheet, the same for every export format: headers in Bahasa Indonesia,
 * words instead of codes, each value of its own type so that a format can keep it one (a number, a day, a Kupang
 * time, text). Nothing about the reporter, and not the tracking code either: it is the reporter's key to the public
 * lookup and no recap needs it.
 */
@ApplicationScoped
public class WorklistSheet {
    static final List<String> HEADERS = List.of("No.", "ID laporan", "Status", "Diterima (WITA)", "Pemilihan",
            "Kecamatan", "Kelurahan", "Nama terlapor", "NIP/NI PPPK", "OPD", "Dugaan jenis pelanggaran (SKB 2022)",
            "Jenis pelanggaran terverifikasi (SKB 2022)", "Batas keputusan verifikasi", "Lewat batas waktu",
            "Verifikator");

    /**
     * @param rows one per case, each cell an {@link Integer} (a count), a {@link java.time.LocalDate} (a day), a
     *             {@link LocalDateTime} (a moment in Kupang time), an {@link EmployeeId}, a {@link String} (text) or
     *             null (empty)
     */
    public record Table(List<String> headers, List<List<Object>> rows) {
    }

    /** A NIP or NI PPPK: 18 digits that identify someone, never a quantity, so never a number cell. */
    public record EmployeeId(String digits) {
    }

    @Inject
    Clock clock;
    @Inject
    Elections elections;
    @Inject
    KupangRegions regions;

    public Table of(List<Worklist.Item> items) {
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (Worklist.Item item : items) {
            rows.add(Arrays.asList(rows.size() + 1, item.id().toString(), item.status().label(),
                    LocalDateTime.ofInstant(item.submittedAt(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS),
                    election(item.electionId()), kecamatan(item.kecamatanCode()), kelurahan(item.kelurahanCode()),
                    item.accusedName(), item.employeeId() == null ? null : new EmployeeId(item.employeeId()),
                    item.opdCode(), ViolationKinds.describe(item.suspectedKind()),
                    ViolationKinds.describe(item.violationKind()), item.decisionDue(), item.overdue() ? "Ya" : "Tidak",
                    item.assignedTo()));
        }
        return new Table(HEADERS, rows);
    }

    private String election(String id) {
        Elections.Election election = id == null ? null : elections.byId().get(id);
        return election == null ? id : election.name();
    }

    private String kecamatan(String code) {
        return code == null ? null : regions.kecamatan(code).orElse(code);
    }

    private String kelurahan(String code) {
        return code == null ? null : regions.kelurahan(code).map(KupangRegions.Kelurahan::name).orElse(code);
    }
}
