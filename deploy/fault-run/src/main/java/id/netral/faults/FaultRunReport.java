package id.netral.faults;

import id.netral.local.MachineFacts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fault run as Markdown: what was broken, what became of every case, how the services took malformed input. */
record FaultRunReport(FaultRunOptions options, MachineFacts machine, String loadBefore, String loadAfter,
                      Faults faults, MalformedRequests.Result malformed) {

    /** The first part: the faults injected and each streamed case's outcome after the quiet period. */
    record Faults(List<FaultSchedule.Fault> injected, List<CaseStream.StreamedCase> cases,
                  List<CaseOutcomes.Outcome> outcomes, int retries, Map<Integer, Integer> unexpectedAnswers,
                  Map<String, Integer> unattributedMail, Duration streamed, Duration arrived) {

        long lost() {
            return outcomes.stream().filter(outcome -> !outcome.arrived()).count();
        }

        long notExactlyOnce() {
            return outcomes.stream().filter(outcome -> !outcome.exactlyOnce()).count();
        }

        boolean passed() {
            return lost() == 0 && notExactlyOnce() == 0 && unexpectedAnswers.isEmpty();
        }
    }

    boolean passed() {
        return faults.passed() && malformed.passed();
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("# Netral fault run\n\n");
        text.append("**").append(passed() ? "PASSED" : "FAILED").append("**: ")
                .append(faults.cases().size()).append(" cases through ").append(faults.injected().size())
                .append(" kills, ").append(faults.lost()).append(" lost, ").append(faults.notExactlyOnce())
                .append(" not exactly once; ").append(total(malformed)).append(" malformed requests, ")
                .append(malformed.serverErrorCount()).append(" server errors, ")
                .append(malformed.changedTables().size() + malformed.auditedChanges().size())
                .append(" changes.\n\n");
        text.append(machine.markdown(loadBefore, loadAfter));
        faultsSection(text);
        malformedSection(text);
        text.append("## How to repeat\n\n`deploy/fault-run/run.sh --cases ").append(options.cases())
                .append(" --cases-per-second ").append(format(options.casesPerSecond())).append(" --malformed ")
                .append(options.malformedRequests()).append(" --seed ").append(malformed.seed())
                .append("` (the seed makes the same malformed requests; the faults hit the stream at the same "
                        + "cases, though what each case is doing at that moment varies with the machine).\n");
        return text.toString();
    }

    private void faultsSection(StringBuilder text) {
        text.append("## Part 1: kill -9 while cases flow\n\n");
        text.append("A partner app submits ").append(faults.cases().size()).append(" cases at ")
                .append(format(options.casesPerSecond())).append(" per second (each with an Idempotency-Key, sent "
                        + "again with the same key while the service is away or answers 503) and a verifier "
                        + "verifies each; meanwhile, in turn:\n\n");
        text.append("| # | fault | at case | from kill to ready again | cases started meanwhile |\n")
                .append("|---|---|---|---|---|\n");
        for (int i = 0; i < faults.injected().size(); i++) {
            FaultSchedule.Fault fault = faults.injected().get(i);
            text.append("| ").append(i + 1).append(" | ").append(fault.name()).append(" | ").append(fault.atCase())
                    .append(fault.atCase() >= faults.cases().size() ? " (after the last case started)" : "")
                    .append(" | ").append(seconds(fault.outage())).append(" | ").append(fault.startedDuringIt())
                    .append(" |\n");
        }
        long recommendations = faults.outcomes().stream().filter(o -> o.recommendations() == 1).count();
        long notices = faults.outcomes().stream()
                .filter(o -> o.notices() == CaseOutcomes.RECIPIENTS_PER_CASE
                        && o.noticeRecipients() == CaseOutcomes.RECIPIENTS_PER_CASE).count();
        long mails = faults.outcomes().stream()
                .filter(o -> o.mailRecipients() == CaseOutcomes.RECIPIENTS_PER_CASE
                        && o.recipientsWithMoreThanOneMessageId() == 0).count();
        int deliveries = faults.outcomes().stream().mapToInt(CaseOutcomes.Outcome::mailDeliveries).sum();
        int expectedMails = faults.outcomes().size() * CaseOutcomes.RECIPIENTS_PER_CASE;
        text.append("\n| after a quiet period of ").append(FaultRun.QUIET_PERIOD.toSeconds())
                .append(" s | cases | must be |\n|---|---|---|\n");
        row(text, "cases taken by report-service", faults.cases().size(), faults.cases().size());
        row(text, "with exactly one sanction recommendation", recommendations, faults.cases().size());
        row(text, "with exactly one notice for each of the " + CaseOutcomes.RECIPIENTS_PER_CASE
                + " recipients (OPD head, PPK, BKPPD, Inspectorate)", notices, faults.cases().size());
        row(text, "with exactly one e-mail (one Message-ID) in each recipient's mailbox", mails,
                faults.cases().size());
        row(text, "lost (no recommendation or a recipient without mail)", faults.lost(), 0);
        text.append("\n| the stream | |\n|---|---|\n");
        text.append("| e-mails accepted by the SMTP server, counting each sending | ").append(deliveries)
                .append(" for ").append(expectedMails).append(" messages (")
                .append(deliveries - expectedMails).append(" sent again under the same Message-ID after a kill;"
                        + " a mail client shows each once) |\n");
        text.append("| e-mails naming no streamed case | ").append(faults.unattributedMail().isEmpty() ? "none"
                : faults.unattributedMail()).append(" |\n");
        text.append("| requests the partner app and the verifier sent again (service away, 503 or 429) | ")
                .append(faults.retries()).append(" |\n");
        text.append("| answers no client may get during a fault (5xx other than 503) | ")
                .append(faults.unexpectedAnswers().isEmpty() ? "none" : faults.unexpectedAnswers()).append(" |\n");
        text.append("| stream start to last case taken / to last case arrived | ").append(seconds(faults.streamed()))
                .append(" / ").append(seconds(faults.arrived())).append(" |\n\n");
        List<CaseOutcomes.Outcome> wrong = faults.outcomes().stream().filter(o -> !o.exactlyOnce()).limit(10).toList();
        if (!wrong.isEmpty()) {
            text.append("Cases not exactly once (first ").append(wrong.size()).append("):\n\n");
            wrong.forEach(o -> text.append("- report ").append(o.streamed().reportId()).append(" (NIP ")
                    .append(o.streamed().employeeId()).append("): ").append(o.recommendations())
                    .append(" recommendations, ").append(o.notices()).append(" notices to ")
                    .append(o.noticeRecipients()).append(" recipients, mail to ").append(o.mailRecipients())
                    .append(" recipients, ").append(o.recipientsWithMoreThanOneMessageId())
                    .append(" with more than one Message-ID\n"));
            text.append("\n");
        }
    }

    private void malformedSection(StringBuilder text) {
        text.append("## Part 2: malformed requests\n\n");
        text.append(total(malformed)).append(" requests over ").append(malformed.operations())
                .append(" operations (every operation of the three services' OpenAPI documents that takes a body or "
                        + "a parameter), generated with seed ").append(malformed.seed()).append(", each broken in "
                        + "one place: broken JSON, a value of the wrong type, a required field left out, control "
                        + "characters, impossible dates, unknown enum values, a body over 512 KB, the wrong media "
                        + "type, path and query parameters that are no id, number or date. Callers of every kind "
                        + "(none, expired, forged, each role); after the first answers most come from callers the "
                        + "operation lets through, so that the defect is what the service must find.\n\n");
        text.append("| service | requests | 2xx/3xx (reads) | 4xx | 5xx or no answer | changes accepted |\n")
                .append("|---|---|---|---|---|---|\n");
        malformed.byService().forEach((service, count) -> text.append("| ").append(service.module()).append(" | ")
                .append(count.requests()).append(" | ").append(count.informational()).append(" | ")
                .append(count.client()).append(" | ").append(count.server() + count.unanswered()).append(" | ")
                .append(count.acceptedChanges()).append(" |\n"));
        text.append("\nAnswers by status: ").append(malformed.byStatus()).append(" (-1: no answer; 0: the "
                + "connection closed while a body over 512 KB was still being sent, after the service refused it on "
                + "its headers: counted as refused)\n\n");
        text.append("| must be 0 | found |\n|---|---|\n");
        text.append("| server errors (5xx) or no answer | ").append(malformed.serverErrorCount()).append(" |\n");
        text.append("| tables whose rows changed (all tables of the three databases but the audit log, digest "
                + "before and after) | ").append(malformed.changedTables().size()).append(" |\n");
        text.append("| audit entries of an action that changes something | ")
                .append(malformed.auditedChanges().size()).append(" |\n\n");
        if (!malformed.audited().isEmpty()) {
            text.append("The audit log grew, as it must on reads and refusals of real cases (each service writes who "
                    + "read which case and every refused look at a reporter's identity): ")
                    .append(malformed.audited()).append(".\n\n");
        }
        list(text, "Server errors (first of them)", malformed.serverErrors());
        list(text, "Changed tables", malformed.changedTables());
        list(text, "Audited changes", malformed.auditedChanges());
        list(text, "Changing requests answered 2xx (first of them; a change must also show in the tables)",
                malformed.acceptedChanges());
        list(text, "Operations without a body or a parameter, so nothing to malform", malformed.notMalformable());
    }

    private static void list(StringBuilder text, String title, List<String> items) {
        if (!items.isEmpty()) {
            text.append(title).append(":\n\n");
            items.forEach(item -> text.append("- `").append(item.replace("`", "'")).append("`\n"));
            text.append("\n");
        }
    }

    private static void row(StringBuilder text, String what, long found, long expected) {
        text.append("| ").append(what).append(" | ").append(found).append(" | ").append(expected).append(" |\n");
    }

    private static int total(MalformedRequests.Result result) {
        return result.byService().values().stream().mapToInt(MalformedRequests.ServiceCount::requests).sum();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
