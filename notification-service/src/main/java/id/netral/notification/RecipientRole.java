package id.netral.notification;

/** Who a notice goes to, as named in the notification-delivered event contract. */
public enum RecipientRole {
    /** The head of the accused's OPD, the direct superior who must act under PP 94/2021. */
    OPD_HEAD,
    /** The Wali Kota as Pejabat Pembina Kepegawaian, who imposes the sanction. */
    PPK,
    BKPPD,
    /**
     * The Inspektorat Daerah, in copy of every first notice: UNCONFIRMED (research notes 1), its step in the Kupang
     * flow is not known from a source; the standing recipients' inCopy flag turns it off.
     */
    INSPECTORATE,
    /** The Sekretaris Daerah, told when a recommendation is overdue. */
    SEKDA
}
