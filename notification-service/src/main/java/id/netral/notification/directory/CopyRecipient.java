package id.netral.notification.directory;

import id.netral.notification.RecipientRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Comparator;
import java.util.List;

/** An institution that receives every notice in copy: the PPK, BKPPD and the Inspectorate. */
@Entity
@Table(name = "copy_recipient")
public class CopyRecipient extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public RecipientRole role;

    /** How the institution is named in the "Tembusan" list of a letter. */
    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String email;

    /** False for the Sekda, who is told of escalations only. */
    @Column(name = "in_copy", nullable = false)
    public boolean inCopy;

    /** In the order an Indonesian letter lists its copies: the PPK first, then BKPPD, then the Inspectorate. */
    public static List<CopyRecipient> inLetterOrder() {
        return CopyRecipient.<CopyRecipient>listAll().stream()
                .filter(recipient -> recipient.inCopy)
                .sorted(Comparator.comparing(recipient -> recipient.role))
                .toList();
    }
}
