package id.netral.notification;

import id.netral.events.words.CodeWords;

/**
 * What kind of failure kept a notice from its recipient, as the notification.failed event names it. Other agencies and
 * the case's timeline see only this and its fixed wording ({@link CodeWords#DELIVERY_FAILURE}): a mail server's or an
 * endpoint's own answer can name internal hosts, addresses and software, so it stays in the attempt log, which only
 * admins read in full.
 */
public enum FailureCategory {
    MAIL_SERVER_UNREACHABLE,
    MAILBOX_REFUSED,
    WEBHOOK_REFUSED,
    WEBHOOK_UNREACHABLE,
    WEBHOOK_TIMEOUT,
    WEBHOOK_ADDRESS_NOT_ALLOWED,
    OFFICE_NOT_IN_DIRECTORY,
    OFFICE_DISSOLVED,
    OTHER;

    /** The reason as anyone may read it, in Bahasa Indonesia. */
    public String wording() {
        return CodeWords.DELIVERY_FAILURE.capitalised(name());
    }
}
