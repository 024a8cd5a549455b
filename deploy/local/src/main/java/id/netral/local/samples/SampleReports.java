package id.netral.local.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reports as a partner app sends them: the README's "Gas" sample (a DISPERKIM civil servant posting a candidate's
 * tagline), each about a different civil servant with a valid NIP, the act two days ago and known yesterday in
 * Kupang's time, so each passes screening as a new case (REGISTERED) and none is a duplicate of another.
 */
public final class SampleReports {
    public static final String VIOLATION_KIND = "D2";
    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final List<String> GIVEN_NAMES = List.of("Yohanes", "Maria", "Petrus", "Agustinus", "Fransiska",
            "Markus", "Yosef", "Kornelis", "Veronika", "Elisabeth", "Antonius", "Stefanus", "Theresia", "Paulus");
    private static final List<String> FAMILY_NAMES = List.of("Bria", "Ndun", "Tefa", "Lay", "Ndolu", "Lodo",
            "Nenobais", "Manafe", "Bessie", "Fanggidae", "Pello", "Riwu", "Kana", "Dethan", "Tallo", "Amalo");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode sample;
    private final AtomicLong issued = new AtomicLong();

    private SampleReports(ObjectNode sample) {
        this.sample = sample;
    }

    public static SampleReports from(Path home) {
        Path file = home.resolve("deploy/local/samples/gas-tagline.json");
        try {
            return new SampleReports((ObjectNode) JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample report " + file, e);
        }
    }

    /** A report about a civil servant no earlier report of this run named. */
    public Report next() {
        long index = issued.getAndIncrement();
        String nip = EmployeeNumbers.nip(index);
        ObjectNode report = sample.deepCopy();
        ObjectNode accused = (ObjectNode) report.get("accused");
        accused.put("employeeId", nip);
        String name = GIVEN_NAMES.get((int) (index % GIVEN_NAMES.size())) + " "
                + FAMILY_NAMES.get((int) (index / GIVEN_NAMES.size() % FAMILY_NAMES.size()));
        accused.put("name", name);
        LocalDate today = LocalDate.now(KUPANG);
        ObjectNode incident = (ObjectNode) report.get("incident");
        incident.put("date", today.minusDays(2).toString());
        incident.put("knownDate", today.minusDays(1).toString());
        try {
            return new Report(nip, name, JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Report(String employeeId, String name, String json) {
    }
}
