package id.netral.notification.webhook;

/** An endpoint did not take a notice, and in which way: what the delivery's outcome is categorised by. */
public class WebhookFailure extends IllegalStateException {
    public enum Kind {
        /** the endpoint answered, but not with 2xx */
        REFUSED,
        /** no connection could be made to any of its addresses */
        UNREACHABLE,
        /** connected, but no whole answer within the time allowed */
        TIMEOUT
    }

    private final Kind kind;

    WebhookFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
