package id.netral.console.forms;

import id.netral.console.services.AdminViews.ApiProblem;
import id.netral.console.services.AdminViews.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-off forms' refusals, from the services' field names to what the person reads. */
class RefusalTest {
    @Test
    void aRefusedForwardingSaysWhatEachFieldExpectsInBahasaIndonesia() {
        ApiProblem problem = new ApiProblem(400, "Invalid request", "The request has 2 invalid field(s)", List.of(
                new FieldError("forwardedOn", "must not be before the verification (2024-10-16)"),
                new FieldError("letterNumber", "is required: the number of Bawaslu's forwarding letter")));

        assertThat(Refusal.fieldReasons(problem)).containsExactly(
                "Tanggal surat penerusan wajib diisi, tidak boleh sesudah hari ini dan tidak boleh sebelum tanggal "
                        + "putusan verifikasi.",
                "Nomor surat penerusan wajib diisi dalam satu baris, paling banyak 100 tanda.");
    }

    @Test
    void aRefusedBodyResultNamesTheSanctionAndTheDate() {
        ApiProblem problem = new ApiProblem(400, "Invalid request", "?", List.of(
                new FieldError("recommendedSanction", "must be a sanction of catalogue SKB2022-PP94-v1, e.g. B1"),
                new FieldError("resultDate", "must not be in the future")));

        assertThat(Refusal.fieldReasons(problem)).allSatisfy(reason -> assertThat(reason)
                .doesNotContain("must").doesNotContain("catalogue"))
                .anySatisfy(reason -> assertThat(reason).contains("sanksi"))
                .anySatisfy(reason -> assertThat(reason).contains("Tanggal surat hasil"));
    }
}
