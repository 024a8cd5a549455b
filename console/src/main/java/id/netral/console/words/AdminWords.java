package id.netral.console.words;

import id.netral.events.words.CodeWords;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of the admin's and the auditor's pages in Bahasa Indonesia: channels, delivery states and the services'
 * audit actions; failure kinds and recipients in the words of {@link CodeWords}. Templates call them as
 * {@code {istilah:channels(office.channelPreference)}}.
 */
@TemplateExtension(namespace = "istilah")
public final class AdminWords {
    private static final Map<String, String> CHANNELS = new LinkedHashMap<>();

    static {
        CHANNELS.put("EMAIL", "Surat elektronik saja");
        CHANNELS.put("EMAIL_AND_WEBHOOK", "Surat elektronik dan webhook");
        CHANNELS.put("WEBHOOK", "Webhook saja");
    }

    private static final Map<String, String> DELIVERY_STATUS = Map.of(
            "PENDING", "Menunggu dikirim",
            "DELIVERED", "Terkirim",
            "FAILED", "Gagal terkirim",
            "UNDELIVERABLE", "Tidak dapat dikirim",
            "WITHHELD", "Sengaja tidak dikirim",
            "CANCELLED", "Dibatalkan");

    private static final Map<String, String> ROLE = Map.of(
            "verifier", "verifikator",
            "personnel-officer", "petugas BKPPD",
            "ppk", "PPK",
            "opd-head", "kepala OPD",
            "auditor", "auditor",
            "admin", "admin",
            "partner-app", "aplikasi mitra");

    /** What each audited action did, by the action's name in the services' audit logs. */
    private static final Map<String, String> ACTION = new LinkedHashMap<>();

    static {
        ACTION.put("report.submit", "Laporan diterima");
        ACTION.put("report.read", "Laporan dibaca");
        ACTION.put("report.assign", "Kasus diambil verifikator");
        ACTION.put("report.verification.verified", "Putusan verifikasi: terbukti");
        ACTION.put("report.verification.not_proven", "Putusan verifikasi: tidak terbukti");
        ACTION.put("report.verification.needs_info", "Verifikator meminta keterangan pelapor");
        ACTION.put("report.attachment.upload", "Bukti diunggah");
        ACTION.put("report.attachment.download", "Bukti diunduh");
        ACTION.put("report.exported", "Daftar kasus diekspor");
        ACTION.put("report.reporter-identity.read", "Identitas pelapor dibuka");
        ACTION.put("report.reporter-identity.refused", "Permintaan membuka identitas pelapor ditolak");
        ACTION.put("reporter-keys.rotated", "Kunci enkripsi identitas pelapor diganti");
        ACTION.put("recommendation.read", "Rekomendasi dibaca");
        ACTION.put("recommendation.revise", "Rekomendasi diubah BKPPD");
        ACTION.put("recommendation.decide", "Keputusan PPK dicatat");
        ACTION.put("notification.read", "Pemberitahuan dibaca");
        ACTION.put("notification.acknowledged", "Pemberitahuan diterima kepala OPD");
        ACTION.put("notification.follow-up.SUMMONED_AND_EXAMINED", "Tindak lanjut: pegawai dipanggil dan diperiksa");
        ACTION.put("notification.follow-up.SANCTION_PROPOSED", "Tindak lanjut: sanksi diusulkan");
        ACTION.put("notification.follow-up.DECREE_ISSUED", "Tindak lanjut: keputusan sanksi ditetapkan");
        ACTION.put("notification.requeued", "Pengiriman gagal dikirim ulang");
        ACTION.put("notification.readdressed", "Pemberitahuan dialamatkan ke kantor lain");
        ACTION.put("opd.added", "OPD ditambahkan ke direktori");
        ACTION.put("opd.changed", "Data OPD diubah");
        ACTION.put("opd.dissolved", "OPD dibubarkan");
        ACTION.put("opd.head-appointed", "Kepala OPD diangkat");
        ACTION.put("opd.webhook-set", "Webhook OPD dipasang atau rahasianya diganti");
        ACTION.put("opd.webhook-removed", "Webhook OPD dilepas");
        ACTION.put("opd.channels-set", "Kanal pemberitahuan OPD diatur");
        ACTION.put("standing-recipient.assigned", "Penerima tetap diatur");
        ACTION.put("dead-letter.replayed.handled", "Peristiwa tertahan diproses ulang");
        ACTION.put("dead-letter.replayed.duplicate", "Peristiwa tertahan ternyata sudah diproses");
        ACTION.put("dead-letter.replayed.failed", "Peristiwa tertahan gagal lagi saat diproses ulang");
    }

    private static final Map<String, String> RECORD_TYPE = Map.of(
            "report", "laporan", "recommendation", "rekomendasi", "notification", "pemberitahuan", "opd", "OPD",
            "standing_recipient", "penerima tetap", "event", "peristiwa", "attachment", "bukti");

    private AdminWords() {
    }

    public static String channels(String code) {
        return code == null ? CHANNELS.get("EMAIL") : CHANNELS.getOrDefault(code, "lainnya");
    }

    public static Map<String, String> channelChoices() {
        return CHANNELS;
    }

    public static String deliveryStatus(String code) {
        return words(DELIVERY_STATUS, code);
    }

    public static String failure(String code) {
        return CodeWords.DELIVERY_FAILURE.capitalised(code);
    }

    public static String recipientRole(String code) {
        return CodeWords.RECIPIENT.of(code);
    }

    public static String action(String code) {
        return code == null ? "" : ACTION.getOrDefault(code, "Tindakan lain yang dicatat");
    }

    public static String recordType(String code) {
        return words(RECORD_TYPE, code);
    }

    /** "admin, auditor" from the audit log's comma-separated role names; roles without words are left out. */
    public static String roles(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return Arrays.stream(codes.split("[,\\s]+")).map(ROLE::get).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.joining(", "));
    }

    /** 14 Februari 2024, the day an instant falls on in Kupang. */
    public static String day(Instant instant) {
        return instant == null ? "" : Words.date(instant.atZone(Words.KUPANG).toLocalDate());
    }

    private static String words(Map<String, String> words, String code) {
        return code == null ? "" : words.getOrDefault(code, "lainnya");
    }
}
