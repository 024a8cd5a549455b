package id.netral.console.errors;

/** What went wrong, in the words the error page shows, and what the person can do next. */
public enum Problem {
    SESSION_EXPIRED("Sesi Anda sudah berakhir",
            "Demi keamanan, sesi masuk berakhir setelah beberapa waktu. Silakan masuk lagi; pekerjaan yang sudah "
                    + "tersimpan tidak hilang.", "/", "Masuk lagi"),
    SIGN_IN_FAILED("Gagal masuk",
            "Penyedia identitas tidak dapat memastikan siapa Anda. Silakan coba masuk lagi.", "/", "Coba lagi"),
    NO_RIGHT("Anda tidak berhak membuka halaman ini",
            "Halaman ini untuk peran lain. Jika menurut Anda ini keliru, hubungi admin Netral.", "/",
            "Kembali ke beranda"),
    NOT_FOUND("Halaman atau kasus tidak ditemukan",
            "Alamat ini tidak menunjuk ke halaman atau kasus yang ada, atau kasusnya bukan bagian Anda.", "/",
            "Kembali ke beranda"),
    CHANGED("Kasus ini sudah berubah",
            "Orang lain atau langkah otomatis sudah mengubah kasus ini sehingga tindakan Anda tidak dapat dicatat. "
                    + "Buka lagi kasusnya untuk melihat keadaan terbarunya.", null, "Kembali"),
    REFUSED_INPUT("Isian belum dapat diterima",
            "Ada isian yang kosong atau tidak sesuai (misalnya putusan terbukti tanpa jenis pelanggaran, atau "
                    + "pertanyaan kosong). Kembali ke formulir dan periksa isiannya.", null, "Kembali ke formulir"),
    FORM_EXPIRED("Formulir tidak dapat diterima",
            "Formulir ini sudah kedaluwarsa atau tidak dikirim dari Netral. Muat ulang halamannya lalu kirim lagi.",
            null, "Kembali"),
    TOO_MANY("Terlalu banyak permintaan",
            "Terlalu banyak permintaan dari alamat Anda dalam waktu singkat. Tunggu beberapa menit lalu coba lagi.",
            null, "Kembali"),
    SERVICE_AWAY("Layanan sedang tidak tersedia",
            "Bagian Netral yang dibutuhkan halaman ini sedang tidak dapat dihubungi. Tidak ada yang berubah; coba "
                    + "lagi dalam beberapa menit.", null, "Coba lagi"),
    UNEXPECTED("Terjadi kesalahan",
            "Netral tidak dapat menampilkan halaman ini. Kesalahan sudah dicatat; coba lagi nanti.", "/",
            "Kembali ke beranda");

    private final String title;
    private final String explanation;
    private final String next;
    private final String nextWords;

    Problem(String title, String explanation, String next, String nextWords) {
        this.title = title;
        this.explanation = explanation;
        this.next = next;
        this.nextWords = nextWords;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** Where the button leads; none: back in the browser's history. */
    public String next() {
        return next;
    }

    public String nextWords() {
        return nextWords;
    }
}
