package id.netral.notification.message;

import java.util.Map;

/**
 * The 20 forms of neutrality violation of SKB 2022 (joint decree MenPAN-RB 2/2022, Mendagri 800-5474/2022, Kepala BKN
 * 246/2022, Ketua KASN 30/2022, Ketua Bawaslu 1447.1/PM.01/K.1/09/2022), so that an OPD head reads what the code
 * means. Paraphrased from research notes 2.5: only page 1 of the decree was seen, the exact wording is not quoted.
 * Ethics rows (E) speak of would-be candidates (bakal calon), discipline rows (D) of candidates (calon).
 */
final class SkbViolationKinds {
    static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("E1", "memasang spanduk/baliho/alat peraga lainnya terkait bakal calon"),
            Map.entry("E2", "sosialisasi/kampanye melalui media sosial/daring untuk bakal calon"),
            Map.entry("E3", "menghadiri deklarasi/kampanye bakal calon dan memberikan tindakan atau dukungan secara "
                    + "aktif"),
            Map.entry("E4", "membuat posting, comment, share, like, bergabung/follow grup atau akun pemenangan bakal "
                    + "calon"),
            Map.entry("E5", "mengunggah foto bersama bakal calon, tim pemenangan dengan simbol keberpihakan, atau "
                    + "atribut partai/bakal calon"),
            Map.entry("E6", "mengikuti kegiatan kampanye/sosialisasi/perkenalan bakal calon atau partai politik"),
            Map.entry("E7", "mengikuti deklarasi/kampanye suami/istri yang menjadi calon tanpa cuti di luar tanggungan "
                    + "negara"),
            Map.entry("D1", "memasang spanduk/baliho/alat peraga lainnya terkait calon"),
            Map.entry("D2", "sosialisasi/kampanye melalui media sosial/daring untuk calon"),
            Map.entry("D3", "melakukan pendekatan ke partai politik atau masyarakat sebagai bakal calon tanpa cuti di "
                    + "luar tanggungan negara"),
            Map.entry("D4", "menghadiri deklarasi/kampanye pasangan calon dan memberikan tindakan atau dukungan "
                    + "keberpihakan"),
            Map.entry("D5", "menjadi anggota dan/atau pengurus partai politik"),
            Map.entry("D6", "membuat posting, comment, share, like, bergabung/follow grup atau akun pemenangan calon"),
            Map.entry("D7", "mengunggah foto bersama calon/tim pemenangan dengan simbol keberpihakan atau atribut "
                    + "partai/calon sebagai bentuk dukungan"),
            Map.entry("D8", "mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan, seruan, "
                    + "pemberian barang)"),
            Map.entry("D9", "menjadi tim ahli/tim pemenangan/konsultan bakal calon sebelum penetapan peserta"),
            Map.entry("D10", "menjadi tim ahli/tim pemenangan/konsultan partai politik atau calon setelah penetapan "
                    + "peserta"),
            Map.entry("D11", "memberikan surat dukungan atau mengumpulkan fotokopi KTP/surat keterangan penduduk "
                    + "untuk bakal calon perseorangan"),
            Map.entry("D12", "membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan partai politik "
                    + "atau calon"),
            Map.entry("D13", "pelanggaran lain di luar matriks SKB, diputuskan oleh Satgas Netralitas ASN"));

    private SkbViolationKinds() {
    }
}
