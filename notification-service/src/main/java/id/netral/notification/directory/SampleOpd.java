package id.netral.notification.directory;

/** Examples the contract shows in more than one schema of the directory (a request and the view that answers it). */
public final class SampleOpd {
    public static final String NAME = "Dinas Perumahan Rakyat dan Kawasan Permukiman";
    public static final String HEAD_NAME = "Ir. Yohanes Sina, M.T.";
    public static final String HEAD_TITLE = "Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman";
    public static final String WEBHOOK_URL = "https://sipatuh.kupangkota.example/netral/pemberitahuan";

    private SampleOpd() {
    }
}
