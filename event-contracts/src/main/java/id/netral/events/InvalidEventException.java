package id.netral.events;

/** An event that breaks its contract: it must not be published, and a consumer sends it to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
