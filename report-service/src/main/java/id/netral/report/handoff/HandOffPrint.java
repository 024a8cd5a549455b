package id.netral.report.handoff;

import java.util.List;

/**
 * The hand-off export as a page to print or to keep beside the SBT form while copying: labels in Bahasa Indonesia,
 * every value escaped (a description is the reporter's text and may hold anything).
 */
final class HandOffPrint {
    private HandOffPrint() {
    }

    static String of(HandOffExport export) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="utf-8"><title>Berkas penerusan kasus netralitas ASN</title>
                <style>body{font-family:serif;max-width:48em;margin:2em auto}th{text-align:left;vertical-align:top;\
                width:16em;font-weight:normal}td{vertical-align:top}h2{font-size:1.1em;margin-top:1.5em}\
                .catatan{font-size:.9em;border:1px solid #999;padding:.5em}</style></head><body>
                <h1>Berkas penerusan kasus netralitas ASN</h1>
                """);
        html.append("<p class=\"catatan\">").append(escape("Susunan isian mengikuti kanal SBT/SIGAPLAPOR sejauh yang "
                + "diketahui; status daftar isian: " + export.fieldListStatus())).append("</p>\n");
        section(html, "Laporan", List.of(
                row("Nomor kasus di Netral", export.reportId().toString()),
                row("Kategori", export.category())));
        HandOffExport.ReportedPerson person = export.reportedPerson();
        section(html, "Terlapor", List.of(
                row(person.idKind(), person.employeeId() == null ? "-" : person.employeeId()),
                row("Nama", person.name()),
                row("Status kepegawaian", person.employment()),
                row("Instansi", person.agency()),
                row("Unit kerja (OPD)", person.opdCode()),
                row("Jabatan", person.position() == null ? "-" : person.position())));
        HandOffExport.Incident incident = export.incident();
        section(html, "Kejadian", List.of(
                row("Pemilihan", incident.election()),
                row("Tanggal", incident.dateWords()),
                row("Kecamatan", incident.kecamatan() == null ? "-" : incident.kecamatan()),
                row("Kelurahan", incident.kelurahan()),
                row("Uraian", incident.description())));
        html.append("<h2>Bukti</h2>\n<ol>\n");
        for (HandOffExport.Evidence evidence : export.evidence()) {
            html.append("<li>").append(escape(evidence.url()));
            if (evidence.sha256() != null) {
                html.append("<br>SHA-256: ").append(escape(evidence.sha256()));
            }
            if (evidence.description() != null) {
                html.append("<br>").append(escape(evidence.description()));
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        HandOffExport.Finding finding = export.finding();
        section(html, "Hasil verifikasi Bawaslu", List.of(
                row("Bentuk pelanggaran (SKB 2022)", finding.violation()),
                row("Tanggal verifikasi", finding.verifiedOnWords()),
                row("Verifikator", finding.verifiedBy())));
        HandOffExport.Forwarding forwarding = export.forwarding();
        section(html, "Penerusan kajian", forwarding == null
                ? List.<String[]>of(row("Status", "Belum diteruskan kepada KASN atau BKN"))
                : List.of(row("Diteruskan kepada", forwarding.receiver()),
                row("Melalui", forwarding.channel()),
                row("Tanggal surat", forwarding.forwardedOnWords()),
                row("Nomor surat", forwarding.letterNumber()),
                row("Diteruskan oleh", forwarding.forwardedBy())));
        html.append("<p class=\"catatan\">").append(escape(export.reporterNote())).append("</p>\n</body></html>\n");
        return html.toString();
    }

    private static String[] row(String label, String value) {
        return new String[]{label, value};
    }

    private static void section(StringBuilder html, String title, List<String[]> rows) {
        html.append("<h2>").append(escape(title)).append("</h2>\n<table>\n");
        for (String[] row : rows) {
            html.append("<tr><th>").append(escape(row[0])).append("</th><td>").append(escape(row[1]))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
