package id.netral.report;

import id.netral.events.access.Roles;
import id.netral.infra.Callers;
import id.netral.infra.EmbeddedInfraResource;
import id.netral.report.worklist.CsvReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

/** The statistics Bawaslu and BKPPD report with, and the work list as a spreadsheet without the reporter. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class RecapAndExportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An OPD of its own, so that other tests' cases do not count */
    private final String opd = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void casesAreCountedByConfirmedKindElseSuspectedKindAndByStatus() {
        SampleReports.verify(submit("Yohanes Bria"), "D2");
        SampleReports.verify(submit("Markus Ndolu"), "D4");
        submit("Agustinus Tefa");
        submit("Petrus Lodo");

        recap("violationKind").then().statusCode(200)
                .body("key", contains("D2", "D4"))
                .body("count", contains(3, 1));
        recap("status").then().statusCode(200)
                .body("key", contains("REGISTERED", "VERIFIED"))
                .body("count", contains(2, 2));
        recap("opd").then().statusCode(200).body("key", contains(opd)).body("count", contains(4));
        recap("kind").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("by"));
        SampleReports.as(Roles.OPD_HEAD).queryParam("by", "status").when().get("/api/v1/reports/recap")
                .then().statusCode(403);
        // a partner app counts only the reports it submitted
        SampleReports.asPartner().queryParam("by", "status").queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap").then().statusCode(200).body("count", contains(2, 2));
        Callers.asPartnerApp("lapor-bridge")
                .queryParam("by", "status").queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void theCsvOpensInExcelSetToIndonesianWithoutTheReporterAndWithoutFormulas() {
        String injected = "=HYPERLINK(\"http://contoh.example\";\"klik\"); Bria \"Yo\"";
        UUID first = submit(injected);
        UUID second = submit("Markus Ndolu");
        SampleReports.verify(second, "D5");

        Response export = SampleReports.asVerifier().queryParam("opdCode", opd).when().get("/api/v1/reports/export");
        export.then().statusCode(200).contentType("text/csv").header("X-Total-Count", "2")
                .header("Content-Disposition", "attachment; filename=\"daftar-laporan-netral-"
                        + SampleReports.today() + ".csv\"");
        byte[] bytes = export.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        // CRLF ends every line, the last one too
        assertThat(csv.split("\r\n", -1)).hasSize(4).endsWith("");

        List<List<String>> rows = CsvReader.rows(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("No.", "ID laporan", "Status", "Diterima (WITA)", "Pemilihan",
                "Kecamatan", "Kelurahan", "Nama terlapor", "NIP/NI PPPK", "OPD", "Dugaan jenis pelanggaran (SKB 2022)",
                "Jenis pelanggaran terverifikasi (SKB 2022)", "Batas keputusan verifikasi", "Lewat batas waktu",
                "Verifikator");
        String decisionDue = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", first).then()
                .extract().path("verification.decisionDue");
        assertThat(rows.get(1)).startsWith("1", first.toString(), "Diregistrasi, menunggu verifikasi")
                .contains("Pilkada Serentak 2024", "Oebobo", "Oebufu", "'" + injected, opd, decisionDue, "Tidak")
                .anySatisfy(cell -> assertThat(cell).startsWith("D2 – Sosialisasi atau kampanye melalui media"))
                .anySatisfy(cell -> assertThat(cell).matches(SampleReports.today() + " \\d{2}:\\d{2}"))
                .anySatisfy(cell -> assertThat(cell).matches(SampleReports.NIP_PREFIX.substring(0, 8) + " "
                        + SampleReports.NIP_PREFIX.substring(8, 14) + " 1 \\d{3}"));
        assertThat(rows.get(2)).startsWith("2", second.toString(), "Terverifikasi")
                .contains("Markus Ndolu", "D5 – Menjadi anggota dan/atau pengurus partai politik");
        // words, never the codes behind them
        assertThat(csv).doesNotContain("REGISTERED", "VERIFIED", "PILKADA-2024", "53.71.04", "false");

        String trackingCode = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", first).then()
                .extract().path("trackingCode");
        assertThat(csv).doesNotContain(SampleReports.REPORTER_NAME, SampleReports.REPORTER_CONTACT,
                SampleReports.REPORTER_NIK, trackingCode);
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'report.exported' }.recordId", hasItem("2 reports as CSV"));
        SampleReports.asPartner().when().get("/api/v1/reports/export").then().statusCode(403);
        SampleReports.asVerifier().queryParam("from", "kemarin").when().get("/api/v1/reports/export")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theWorkbookHasTypedCellsAFrozenHeaderAndNeverAFormula() throws IOException {
        String injected = "=HYPERLINK(\"http://contoh.example\",\"klik\")";
        UUID first = submit(injected);
        UUID second = submit("Markus Ndolu");
        submit("Petrus Lodo", "UJI-LAIN-" + opd.substring(4));

        Response export = SampleReports.asVerifier().accept(XLSX).queryParam("opdCode", opd)
                .when().get("/api/v1/reports/export");
        export.then().statusCode(200).contentType(XLSX).header("X-Total-Count", "2")
                .header("Content-Disposition", "attachment; filename=\"daftar-laporan-netral-"
                        + SampleReports.today() + ".xlsx\"");
        String decisionDue = SampleReports.asVerifier().when().get("/api/v1/reports/{id}", first).then()
                .extract().path("verification.decisionDue");

        try (XSSFWorkbook workbook = new XSSFWorkbook(export.asInputStream())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("No.");
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Lewat batas waktu");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(7)).isGreaterThan(sheet.getColumnWidth(0));

            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.toString());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Diregistrasi, menunggu verifikasi");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(SampleReports.today());
            assertThat(DateUtil.isCellDateFormatted(row.getCell(12))).isTrue();
            assertThat(row.getCell(12).getLocalDateTimeCellValue().toLocalDate()).hasToString(decisionDue);
            // what someone typed stays text, marked so that Excel keeps it text when the cell is edited too
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(injected);
            assertThat(row.getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(8).getStringCellValue()).startsWith(SampleReports.NIP_PREFIX).hasSize(18);
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Markus Ndolu");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(second.toString());
            for (Row each : sheet) {
                for (Cell cell : each) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        SampleReports.as(Roles.AUDITOR).when().get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.action == 'report.exported' }.recordId", hasItem("2 reports as XLSX"));
        SampleReports.asVerifier().accept(XLSX + ", text/csv;q=0.5").queryParam("opdCode", opd)
                .when().get("/api/v1/reports/export").then().statusCode(200).contentType(XLSX);
        SampleReports.asPartner().accept(XLSX).when().get("/api/v1/reports/export").then().statusCode(403);
        SampleReports.as(Roles.OPD_HEAD).accept(XLSX).when().get("/api/v1/reports/export").then().statusCode(403);
    }

    @Test
    void bkppdExportsOnlyTheCasesFoundProvenWhileVerifiersAndAuditorsExportEveryCase() {
        UUID unverified = submit("Agustinus Tefa");
        UUID proven = submit("Markus Ndolu");
        SampleReports.verify(proven, "D2");

        for (String role : List.of(Roles.VERIFIER, Roles.AUDITOR)) {
            String csv = SampleReports.as(role).queryParam("opdCode", opd).when().get("/api/v1/reports/export")
                    .then().statusCode(200).header("X-Total-Count", "2").extract().asString();
            assertThat(csv).contains(unverified.toString(), "Agustinus Tefa", proven.toString(), "Markus Ndolu");
        }
        String bkppd = SampleReports.as(Roles.PERSONNEL_OFFICER).queryParam("opdCode", opd)
                .when().get("/api/v1/reports/export").then().statusCode(200).header("X-Total-Count", "1")
                .extract().asString();
        assertThat(bkppd).contains(proven.toString(), "Markus Ndolu")
                .doesNotContain(unverified.toString(), "Agustinus Tefa");
        // asking for the unverified ones by status finds none of them, in either format
        SampleReports.as(Roles.PERSONNEL_OFFICER).queryParam("opdCode", opd).queryParam("status", "REGISTERED")
                .when().get("/api/v1/reports/export").then().statusCode(200).header("X-Total-Count", "0");
        SampleReports.as(Roles.PERSONNEL_OFFICER).accept(XLSX).queryParam("opdCode", opd)
                .queryParam("status", "REGISTERED").queryParam("status", "VERIFIED")
                .when().get("/api/v1/reports/export").then().statusCode(200).contentType(XLSX)
                .header("X-Total-Count", "1");
    }

    @Test
    void anExportInAFormatNotOfferedOrWithABadFilterIsAProblemNamingIt() {
        SampleReports.asVerifier().accept("application/pdf").when().get("/api/v1/reports/export")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("text/csv")).body("detail", containsString(XLSX));
        SampleReports.asVerifier().accept(XLSX).queryParam("from", "kemarin").when().get("/api/v1/reports/export")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("from"));
    }

    @Test
    void casesAreCountedByTheDayOfTheActForAPictureOverTime() {
        String threeDaysAgo = SampleReports.today().minusDays(3).toString();
        String twoDaysAgo = SampleReports.today().minusDays(2).toString();
        submit("Yohanes Bria");
        submit("Markus Ndolu");
        Map<String, Object> earlier = SampleReports.gasTaglinePost();
        SampleReports.part(earlier, "accused").put("opdCode", opd);
        SampleReports.part(earlier, "incident").put("date", threeDaysAgo);
        SampleReports.submit(earlier);

        recap("incidentDate").then().statusCode(200)
                .body("key", contains(twoDaysAgo, threeDaysAgo))
                .body("count", contains(2, 1));
        // BKPPD and the PPK read the counts for the console's dashboard, of every case, not of their own
        for (String role : List.of(Roles.PERSONNEL_OFFICER, Roles.PPK)) {
            SampleReports.as(role).queryParam("by", "incidentDate").queryParam("opdCode", opd)
                    .when().get("/api/v1/reports/recap").then().statusCode(200).body("count", contains(2, 1));
        }
    }

    @Test
    void theOpenApiDocumentOffersBothFormatsOfTheExport() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/reports/export'.get.responses.'200'.content",
                        allOf(hasKey("text/csv"), hasKey(XLSX)))
                .body("paths.'/api/v1/reports/export'.get.responses", hasKey("406"));
    }

    private UUID submit(String accusedName) {
        return submit(accusedName, opd);
    }

    private static UUID submit(String accusedName, String opdCode) {
        Map<String, Object> body = SampleReports.gasTaglinePost();
        SampleReports.part(body, "accused").put("name", accusedName);
        SampleReports.part(body, "accused").put("opdCode", opdCode);
        return SampleReports.submit(body);
    }

    private Response recap(String by) {
        return SampleReports.asVerifier().queryParam("by", by).queryParam("opdCode", opd)
                .when().get("/api/v1/reports/recap");
    }
}
