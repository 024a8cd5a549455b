package id.netral.notification.directory;

/** How the head of an OPD wants notices, reminders and acknowledgement links to reach them. */
public enum ChannelPreference {
    EMAIL,
    /** The signed webhook only: no e-mail at all, the acknowledgement link travels in the webhook. */
    WEBHOOK,
    EMAIL_AND_WEBHOOK;

    public boolean byEmail() {
        return this != WEBHOOK;
    }

    public boolean byWebhook() {
        return this != EMAIL;
    }
}
