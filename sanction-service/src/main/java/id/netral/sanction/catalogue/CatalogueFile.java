package id.netral.sanction.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.netral.events.EmploymentType;
import id.netral.sanction.catalogue.Catalogue.BodyPeriod;
import id.netral.sanction.catalogue.Catalogue.EmploymentRules;
import id.netral.sanction.catalogue.Catalogue.Sanction;
import id.netral.sanction.catalogue.Catalogue.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a catalogue JSON file from the classpath and refuses one that cannot decide every case: the service must
 * not start with a rule that is missing or names a sanction that does not exist.
 */
public final class CatalogueFile {
    /** Every kind a report.verified event may carry (its schema's pattern): the catalogue must decide each. */
    static final List<String> VIOLATION_KINDS = Stream.concat(
            IntStream.rangeClosed(1, 7).mapToObj(i -> "E" + i),
            IntStream.rangeClosed(1, 13).mapToObj(i -> "D" + i)).toList();

    // Strict on purpose: a misspelt field in the data must stop the service, not silently drop a rule.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CatalogueFile() {
    }

    /** Reads the file, adds the local rules and checks the result. */
    public static Catalogue load(String resource, LocalRules local) {
        Catalogue catalogue = read(resource).withLocalRules(local);
        List<String> problems = problems(catalogue);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rule catalogue " + resource + " cannot be used: "
                    + String.join("; ", problems));
        }
        return catalogue;
    }

    static Catalogue read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rule catalogue on the classpath at " + resource);
            }
            return MAPPER.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("rule catalogue " + resource + " is not readable", e);
        }
    }

    static List<String> problems(Catalogue catalogue) {
        List<String> problems = new ArrayList<>();
        if (catalogue.version() == null || catalogue.version().isBlank() || catalogue.effectiveFrom() == null) {
            problems.add("version and effectiveFrom are required");
        }
        checkSanctions(catalogue, problems);
        checkViolations(catalogue, problems);
        for (EmploymentType type : EmploymentType.values()) {
            EmploymentRules rules = catalogue.employmentTypes().get(type);
            if (rules == null) {
                problems.add("no rules for " + type);
            } else {
                checkEmploymentRules(catalogue, type, rules, problems);
            }
        }
        checkBodies(catalogue.sanctioningBodies(), problems);
        return problems;
    }

    private static void checkSanctions(Catalogue catalogue, List<String> problems) {
        Set<String> codes = new HashSet<>();
        for (Sanction sanction : catalogue.sanctions()) {
            if (!codes.add(sanction.code())) {
                problems.add("sanction " + sanction.code() + " is listed twice");
            }
            if (sanction.track() == null || sanction.text() == null || sanction.legalBasis().isEmpty()) {
                problems.add("sanction " + sanction.code() + " needs a track, a text and a legal basis");
            }
            if ((sanction.track() == Track.DISCIPLINE) != (sanction.level() != null)) {
                problems.add("sanction " + sanction.code() + " must have a level exactly when it is DISCIPLINE");
            }
        }
    }

    private static void checkViolations(Catalogue catalogue, List<String> problems) {
        List<String> codes = catalogue.violations().stream().map(Violation::code).sorted().toList();
        if (!codes.equals(VIOLATION_KINDS.stream().sorted().toList())) {
            problems.add("violations must be exactly " + VIOLATION_KINDS + ", found " + codes);
        }
        for (Violation violation : catalogue.violations()) {
            if (violation.track() == null || violation.track() == Track.CONTRACT
                    || violation.act() == null || violation.legalBasis().isEmpty()) {
                problems.add("violation " + violation.code() + " needs an ASN track, the act and a legal basis");
            } else if ((violation.track() == Track.DISCIPLINE) != (violation.level() != null)) {
                problems.add("violation " + violation.code() + " must have a level exactly when it is DISCIPLINE");
            }
            checkCounterpart(catalogue, violation, problems);
        }
    }

    /**
     * A pair is the same act on the two sides of the day candidates are fixed: the counterpart must exist and speak
     * of the other side. Most pairs name each other; a row may also lead to a row that names a different one back
     * (E6 and E3 both lead to D4, whose counterpart is E3).
     */
    private static void checkCounterpart(Catalogue catalogue, Violation violation, List<String> problems) {
        if (violation.counterpart() == null) {
            if (violation.stage() != null && catalogue.violations().stream()
                    .noneMatch(v -> violation.code().equals(v.counterpart()))) {
                problems.add("violation " + violation.code() + " has a candidacy stage but no row pairs with it");
            }
            return;
        }
        Violation other = catalogue.violation(violation.counterpart()).orElse(null);
        if (other == null || violation.stage() == null || other.stage() == null
                || violation.stage() == other.stage()
                || violation.track() == Track.MANUAL_REVIEW || other.track() == Track.MANUAL_REVIEW) {
            problems.add("violation " + violation.code() + " names counterpart " + violation.counterpart()
                    + ", which must be a decided row on the other side of the day candidates are fixed");
        }
    }

    private static void checkEmploymentRules(Catalogue catalogue, EmploymentType type, EmploymentRules rules,
                                             List<String> problems) {
        rules.contractByKind().keySet().stream().filter(kind -> catalogue.violation(kind).isEmpty())
                .forEach(kind -> problems.add(type + " names measures for " + kind + ", which is no row"));
        for (Violation violation : catalogue.violations()) {
            Track track = rules.trackOf(violation);
            List<String> allowed = rules.allowed(violation);
            if (track != Track.MANUAL_REVIEW && allowed.isEmpty()) {
                problems.add(type + " has no sanction for " + violation.code() + " (" + track + ")");
            }
            for (String code : allowed) {
                Sanction sanction = catalogue.sanction(code).orElse(null);
                if (sanction == null) {
                    problems.add(type + " names unknown sanction " + code + " for " + violation.code());
                } else if (sanction.track() != track || sanction.level() != rules.levelOf(violation)) {
                    problems.add(type + " names " + code + " (" + sanction.track() + " " + sanction.level()
                            + ") for " + violation.code() + ", which is " + track + " " + rules.levelOf(violation));
                }
            }
        }
    }

    /** The periods must follow each other day by day and cover all time, so every verification date has a body. */
    private static void checkBodies(List<BodyPeriod> periods, List<String> problems) {
        if (periods.isEmpty() || periods.get(0).from() != null || periods.get(periods.size() - 1).until() != null) {
            problems.add("sanctioning bodies must start without 'from' and end without 'until'");
            return;
        }
        for (int i = 1; i < periods.size(); i++) {
            BodyPeriod before = periods.get(i - 1);
            BodyPeriod after = periods.get(i);
            if (before.until() == null || after.from() == null || !before.until().plusDays(1).equals(after.from())) {
                problems.add("sanctioning body " + after.body() + " must start the day after " + before.body()
                        + " ends");
            }
        }
    }
}
