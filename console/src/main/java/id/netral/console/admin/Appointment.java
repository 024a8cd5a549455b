package id.netral.console.admin;

import id.netral.console.services.AdminViews.HeadRequest;
import id.netral.console.words.Words;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form that appoints an OPD head from a day on, as the admin filled it in. What the console can tell is wrong is
 * said before anything is sent; notification-service checks the rest and its refusal is worded by {@link id.netral.console.forms.Refusal}.
 *
 * @param validFrom the day the head takes office, as the date field sends it (yyyy-MM-dd), empty for now
 */
record Appointment(String name, String title, String email, String phone, String employeeId, String validFrom) {
    private static final Pattern NIP = Pattern.compile("[0-9]{18}");

    static Appointment read(String name, String title, String email, String phone, String employeeId,
                            String validFrom) {
        return new Appointment(text(name), text(title), text(email), text(phone), text(employeeId), text(validFrom));
    }

    /** What is wrong, in words; empty when the form may be sent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("Sebutan jabatan kepala wajib diisi.");
        }
        if (email.isEmpty()) {
            problems.add("Alamat surat elektronik kepala wajib diisi.");
        } else if (!email.contains("@")) {
            problems.add("Alamat surat elektronik harus berbentuk nama@domain.");
        }
        if (!employeeId.isEmpty() && !NIP.matcher(employeeId).matches()) {
            problems.add("NIP harus 18 angka.");
        }
        if (!validFrom.isEmpty() && day() == null) {
            problems.add("Tanggal mulai menjabat harus tanggal yang benar.");
        }
        return problems;
    }

    /** The appointment as notification-service takes it: from the start of the day in Kupang. */
    HeadRequest request() {
        LocalDate day = day();
        Instant from = day == null ? null : day.atStartOfDay(Words.KUPANG).toInstant();
        return new HeadRequest(orNull(name), title, email, orNull(phone), from, orNull(employeeId));
    }

    /** What the admin typed, to fill the form in again when it is refused. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("title", title);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("employeeId", employeeId);
        fields.put("validFrom", validFrom);
        return fields;
    }

    private LocalDate day() {
        try {
            return validFrom.isEmpty() ? null : LocalDate.parse(validFrom);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
