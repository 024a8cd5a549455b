package id.netral.notification;

/**
 * What kind of failure kept a notice from its recipient, as the notification.failed event names it. Other agencies and
 * the case's timeline see only this and its fixed wording: a mail server's or an endpoint's own answer can name
 * internal hosts, addresses and software, so it stays in the attempt log, which only admins read in full.
 */
public enum FailureCategory {
    MAIL_SERVER_UNREACHABLE("Server surat elektronik tidak dapat dihubungi"),
    MAILBOX_REFUSED("Server surat elektronik menolak surat untuk alamat penerima"),
    WEBHOOK_REFUSED("Alamat webhook kantor menolak pemberitahuan"),
    WEBHOOK_UNREACHABLE("Alamat webhook kantor tidak dapat dihubungi"),
    WEBHOOK_TIMEOUT("Alamat webhook kantor tidak menjawab tepat waktu"),
    WEBHOOK_ADDRESS_NOT_ALLOWED("Alamat webhook kantor tidak diizinkan oleh kebijakan keamanan Netral"),
    OFFICE_NOT_IN_DIRECTORY("Kantor penerima tidak ada di direktori perangkat daerah"),
    OFFICE_DISSOLVED("Kantor penerima telah dibubarkan"),
    OTHER("Pengiriman gagal karena sebab lain");

    private final String wording;

    FailureCategory(String wording) {
        this.wording = wording;
    }

    /** The reason as anyone may read it, in Bahasa Indonesia. */
    public String wording() {
        return wording;
    }
}
