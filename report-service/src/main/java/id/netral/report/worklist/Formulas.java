package id.netral.report.worklist;

/** What a spreadsheet would take for a formula, so that an export keeps it text (CSV and XLSX alike). */
final class Formulas {
    private Formulas() {
    }

    /**
     * A spreadsheet reads a cell as a formula when it starts with =, +, - or @, also after leading blanks and line
     * breaks, and acts on a leading tab or carriage return too.
     */
    static boolean readAsFormula(String value) {
        String start = value.stripLeading();
        return value.startsWith("\t") || value.startsWith("\r")
                || (!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0);
    }
}
