package id.netral.report;

/** The body that examines a neutrality case after Bawaslu's study, and how the study reaches it. */
public enum ExaminingBody {
    KASN("Komisi Aparatur Sipil Negara (KASN)", "LETTER", "surat Bawaslu kepada KASN"),
    BKN("Badan Kepegawaian Negara (BKN)", "SBT", "aplikasi SBT BKN (Sistem Berbagi Terintegrasi)");

    private final String words;
    private final String channel;
    private final String channelWords;

    ExaminingBody(String words, String channel, String channelWords) {
        this.words = words;
        this.channel = channel;
        this.channelWords = channelWords;
    }

    /** The body's name as a letter or a screen says it. */
    public String words() {
        return words;
    }

    /** The event's code of the channel: LETTER or SBT. */
    public String channel() {
        return channel;
    }

    public String channelWords() {
        return channelWords;
    }
}
