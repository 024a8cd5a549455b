package id.netral.console.admin;

import id.netral.console.forms.Refusal;
import id.netral.console.services.AdminViews.ApiProblem;
import id.netral.console.services.AdminViews.FieldError;
import id.netral.console.services.AdminViews.HeadRequest;
import id.netral.console.words.AdminWords;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the admin's forms say about bad input, and what they send when it is good. */
class AdminFormsTest {
    @Test
    void anAppointmentWithoutAnAddressWithAShortNipAndAnImpossibleDayIsRefusedInWords() {
        Appointment form = Appointment.read("Yosef Manafe", "Kepala Dinas Perhubungan Kota Kupang", " ",
                null, "19750101", "2026-02-30");

        assertThat(form.problems()).containsExactly("Alamat surat elektronik kepala wajib diisi.",
                "NIP harus 18 angka.", "Tanggal mulai menjabat harus tanggal yang benar.");
        assertThat(form.fields()).containsEntry("name", "Yosef Manafe").containsEntry("validFrom", "2026-02-30");
    }

    @Test
    void aGoodAppointmentStartsAtMidnightInKupangOfItsDay() {
        Appointment form = Appointment.read(" Yosef Manafe ", "Kepala Dinas Perhubungan Kota Kupang",
                "kepala.dishub@kupangkota.example", "", "197501012000031001", "2027-01-04");

        assertThat(form.problems()).isEmpty();
        HeadRequest request = form.request();
        // 00.00 WITA is 16.00 UTC the day before
        assertThat(request.validFrom()).isEqualTo(Instant.parse("2027-01-03T16:00:00Z"));
        assertThat(request.name()).isEqualTo("Yosef Manafe");
        assertThat(request.phone()).isNull();
    }

    @Test
    void anAppointmentWithoutADayStartsNow() {
        Appointment form = Appointment.read(null, "Camat Alak", "camat.alak@kupangkota.example", null, null, null);

        assertThat(form.problems()).isEmpty();
        assertThat(form.request().validFrom()).isNull();
    }

    @Test
    void theServicesFieldErrorsBecomeTheConsolesWordsOncePerField() {
        ApiProblem problem = new ApiProblem(400, "Invalid request", "The request has 3 invalid field(s)",
                List.of(new FieldError("head.email", "must be a well-formed email address"),
                        new FieldError("email", "must not be blank"),
                        new FieldError("secret", "size must be between 32 and 200")));

        assertThat(Refusal.fieldReasons(problem)).containsExactly(
                "Alamat surat elektronik wajib diisi dan harus berbentuk nama@domain.",
                "Rahasia webhook harus paling sedikit 32 tanda, atau whsec_ diikuti 24 sampai 64 bita dalam base64.");
    }

    @Test
    void aRefusalNamingNoKnownFieldStillSaysSomethingUseful() {
        assertThat(Refusal.fieldReasons(new ApiProblem(400, "Bad Request", "?", List.of())))
                .containsExactly("Ada isian yang tidak sesuai. Periksa lagi isian formulir ini.");
        assertThat(Refusal.fieldReasons(null)).hasSize(1);
    }

    @Test
    void aFreshWebhookSecretIsAStandardWebhooksKeyOf32RandomBytes() {
        String one = WebhookSecrets.fresh();
        String two = WebhookSecrets.fresh();

        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(32);
    }

    @Test
    void auditRolesAndActionsAreWordsNeverCodes() {
        assertThat(AdminWords.roles("admin,auditor")).isEqualTo("admin, auditor");
        assertThat(AdminWords.roles("offline_access,admin")).isEqualTo("admin");
        assertThat(AdminWords.action("opd.head-appointed")).isEqualTo("Kepala OPD diangkat");
        assertThat(AdminWords.action("something.new")).isEqualTo("Tindakan lain yang dicatat");
        assertThat(AdminWords.channels(null)).isEqualTo("Surat elektronik saja");
        assertThat(AdminWords.day(Instant.parse("2027-01-03T16:00:00Z"))).isEqualTo("4 Januari 2027");
    }
}
