package id.netral.report.worklist;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The work list as CSV (RFC 4180) for the spreadsheets Bawaslu and BKPPD report with. Nothing about the reporter, and
 * not the tracking code either: it is the reporter's key to the public lookup and no recap needs it.
 */
public final class WorklistCsv {
    private static final List<String> HEADER = List.of("id", "status", "submittedAt", "electionId", "kecamatanCode",
            "kelurahanCode", "accusedName", "employeeId", "opdCode", "suspectedKind", "violationKind", "decisionDue",
            "overdue", "assignedTo");

    private WorklistCsv() {
    }

    public static String of(List<Worklist.Item> items) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (Worklist.Item item : items) {
            csv.append(line(Stream.of(item.id(), item.status(), item.submittedAt(), item.electionId(),
                    item.kecamatanCode(), item.kelurahanCode(), item.accusedName(), item.employeeId(), item.opdCode(),
                    item.suspectedKind(), item.violationKind(), item.decisionDue(), item.overdue(),
                    item.assignedTo())));
        }
        return csv.toString();
    }

    /**
     * A spreadsheet reads a cell as a formula when it starts with =, +, - or @, also after leading blanks and line
     * breaks, and acts on a leading tab or carriage return too: such a cell is kept as text.
     */
    private static boolean readAsFormula(String value) {
        String start = value.stripLeading();
        return value.startsWith("\t") || value.startsWith("\r")
                || (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0);
    }

    private static String line(Stream<?> fields) {
        return fields.map(field -> field == null ? "" : field(Objects.toString(field)))
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        String safe = readAsFormula(value) ? "'" + value : value;
        // (?s): a value of several lines must be quoted too, or its second line would start a row
        return safe.matches("(?s).*[\",\r\n].*") || !safe.equals(value)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
