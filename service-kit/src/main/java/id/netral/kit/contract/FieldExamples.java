package id.netral.kit.contract;

import java.util.Map;
import java.util.Optional;

/**
 * The example of a text field that means the same thing wherever it appears in Netral's contracts, so that one rule
 * stands for fifty annotations: who did a thing, which employee, which OPD, which case kind, which rule. A field whose
 * name means something else in one schema declares its own example with {@code @Schema(examples = ...)}, which wins.
 * The value of a list of texts (legalBasis, explanation) is found by the list's name. Values are Kota Kupang's
 * (research-notes.md, section 4): an 18-digit NIP, a Kemendagri code of a kelurahan, an OPD code of the directory.
 */
final class FieldExamples {
    private static final String PERSON = "maria.ndoen";
    private static final String NIP = "198609262015051001";
    private static final String OPD = "DISPERKIM";
    private static final String KIND = "D2";
    private static final String SANCTION = "B2";
    private static final String CATALOGUE = "SKB2022-UU20-v2";
    private static final String UUID = "0b7d9d1e-3c3f-4f43-9a6a-3e2f8c1d2a10";

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            // who: the signed-in user's name (the token's preferred_username), or the partner app's client
            Map.entry("actor", PERSON),
            Map.entry("by", PERSON),
            Map.entry("assignedTo", PERSON),
            Map.entry("clientId", "bawaslu-intake"),
            // whom a case is about and where
            Map.entry("employeeId", NIP),
            Map.entry("nip", NIP),
            Map.entry("nik", "5371046512900002"),
            Map.entry("accusedName", "Yohanes Bria"),
            Map.entry("position", "Kepala Seksi Perumahan"),
            Map.entry("opdCode", OPD),
            Map.entry("officeCode", OPD),
            Map.entry("recipientOffice", OPD),
            Map.entry("kecamatanCode", "53.71.04"),
            Map.entry("kelurahanCode", "53.71.04.1009"),
            Map.entry("regionCode", "53.71.04"),
            Map.entry("electionId", "PILKADA-2024"),
            Map.entry("trackingCode", "7KQM3-XPAN9-TDH4R"),
            // how to reach an OPD head
            Map.entry("email", "kepala.disperkim@kupangkota.example"),
            Map.entry("headEmail", "kepala.disperkim@kupangkota.example"),
            Map.entry("phone", "0812-3791-4410"),
            Map.entry("headPhone", "0812-3791-4410"),
            // the SKB 2022 row and the sanction
            Map.entry("violationKind", KIND),
            Map.entry("suspectedKind", KIND),
            Map.entry("appliedKind", KIND),
            Map.entry("recommendedSanction", SANCTION),
            Map.entry("imposedSanction", SANCTION),
            Map.entry("allowedSanctions", SANCTION),
            // the sanctions of one kind of employee in the catalogue, by track
            Map.entry("ethics", "MORAL_CLOSED"),
            Map.entry("discipline", SANCTION),
            Map.entry("dismissal", "PTDH"),
            Map.entry("contract", "CONTRACT_WRITTEN_WARNING"),
            Map.entry("contractByKind", "CONTRACT_TERMINATION"),
            Map.entry("notes", "Hukuman disiplin PNS menurut PP 94/2021; atasan langsung wajib memanggil dan "
                    + "memeriksa PNS yang diduga melanggar."),
            Map.entry("ruleVersion", CATALOGUE),
            Map.entry("version", CATALOGUE),
            Map.entry("priorRecommendations", "6f1c2d4e-8a53-4a0e-9d7e-2b9a0c1f5e11"),
            Map.entry("legalBasis", "PP 94/2021 Pasal 8"),
            Map.entry("pnsBasis", "PP 42/2004 Pasal 15"),
            Map.entry("framework", "SKB 2022: Keputusan Bersama MenPAN-RB, Mendagri, Kepala BKN, Ketua KASN dan Ketua "
                    + "Bawaslu tentang pedoman pembinaan dan pengawasan netralitas pegawai ASN"),
            Map.entry("asnFramework", "UU 20/2023 tentang Aparatur Sipil Negara Pasal 24 ayat (1) huruf d"),
            Map.entry("explanation", "Bentuk pelanggaran D2 (SKB 2022): sosialisasi atau kampanye melalui media "
                    + "sosial atau daring untuk calon, sesudah penetapan calon"),
            Map.entry("changes", "Sanksi yang direkomendasikan B1 -> B2."),
            Map.entry("reasons", "Tidak ada bukti (foto, rekaman, video atau tautan) yang dilampirkan."),
            // files and events
            Map.entry("sha256", "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"),
            Map.entry("mediaType", "image/png"),
            Map.entry("fileName", "unggahan-facebook.png"),
            Map.entry("eventId", UUID),
            Map.entry("keyId", "2026-01"),
            Map.entry("activeKey", "2026-01"));

    /**
     * Fields of classes that cannot carry an annotation (event-contracts' records, which have no OpenAPI dependency
     * on purpose), keyed on their schema and name.
     */
    private static final Map<String, String> BY_SCHEMA_AND_NAME = Map.of("Accused.name", "Yohanes Bria");

    private FieldExamples() {
    }

    /**
     * @param owner   the schema the field is a property of, as the components name it; null when unnamed
     * @param service the service whose contract it is (its Kafka topics are named after it)
     * @return the example of a text field of this name and format, empty when no rule knows it
     */
    static Optional<String> of(String owner, String name, String format, String service) {
        if (format != null) {
            Optional<String> byFormat = Optional.ofNullable(switch (format) {
                case "uuid" -> UUID;
                case "date-time" -> "2024-10-05T02:00:00Z";
                case "date" -> "2024-10-01";
                case "uri", "url" -> "https://netral.example/bukti/1";
                case "email" -> "kepala.disperkim@kupangkota.example";
                case "duration" -> "PT24H";
                default -> null;
            });
            if (byFormat.isPresent()) {
                return byFormat;
            }
        }
        if (name == null) {
            return Optional.empty();
        }
        if (owner != null && BY_SCHEMA_AND_NAME.containsKey(owner + "." + name)) {
            return Optional.of(BY_SCHEMA_AND_NAME.get(owner + "." + name));
        }
        if ("topic".equals(name)) {
            return Optional.of("netral." + service + ".dead-letter.v1");
        }
        if (name.endsWith("By")) {
            return Optional.of(PERSON);
        }
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
