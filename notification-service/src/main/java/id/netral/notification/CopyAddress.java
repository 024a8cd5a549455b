package id.netral.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A recipient in copy (tembusan) of one notice, as addressed when the notice was written. */
@Embeddable
public class CopyAddress {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientRole role;

    @Column(nullable = false)
    public String address;

    protected CopyAddress() {
    }

    public CopyAddress(RecipientRole role, String address) {
        this.role = role;
        this.address = address;
    }
}
