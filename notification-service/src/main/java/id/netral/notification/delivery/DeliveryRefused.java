package id.netral.notification.delivery;

/** A channel will not take a delivery, and trying again cannot help (a webhook endpoint the policy refuses). */
public class DeliveryRefused extends RuntimeException {
    public DeliveryRefused(String reason) {
        super(reason);
    }
}
