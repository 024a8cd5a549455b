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
import java.util.Optional;

/**
 * A role told about cases whatever the OPD (the PPK, BKPPD, the Inspectorate, the Sekda), and the office of the
 * directory that fills it. The office's head, webhook and channel preference are what reach the role, so a new mayor
 * or a renamed personnel agency is one change in the directory.
 */
@Entity
@Table(name = "standing_recipient")
public class StandingRecipient extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public RecipientRole role;

    @Column(name = "office_code", nullable = false)
    public String officeCode;

    /** In copy (tembusan) of every first notice; false for the Sekda, who is told of escalations only. */
    @Column(name = "in_copy", nullable = false)
    public boolean inCopy;

    public Opd office() {
        return Opd.findById(officeCode);
    }

    public static Optional<StandingRecipient> of(RecipientRole role) {
        return findByIdOptional(role);
    }

    /** Every standing recipient, in the order an Indonesian letter lists its copies: the PPK first. */
    public static List<StandingRecipient> all() {
        return StandingRecipient.<StandingRecipient>listAll().stream()
                .sorted(Comparator.comparing(recipient -> recipient.role))
                .toList();
    }

    /**
     * The office whose head is the superior of this office's head: the PPK's for the Sekda's office, the Sekda's for
     * every other; empty for the PPK's own office (the mayor's superior is outside the city's directory), and when that
     * role is not filled, is filled by this very office or by a dissolved one.
     */
    public static Optional<Opd> superiorOf(Opd office) {
        if (of(RecipientRole.PPK).filter(ppk -> ppk.officeCode.equals(office.code)).isPresent()) {
            return Optional.empty();
        }
        boolean isSekdasOffice = of(RecipientRole.SEKDA).filter(sekda -> sekda.officeCode.equals(office.code))
                .isPresent();
        return of(isSekdasOffice ? RecipientRole.PPK : RecipientRole.SEKDA).map(StandingRecipient::office)
                .filter(superior -> !superior.code.equals(office.code) && !superior.dissolved());
    }

    /** The recipients in copy of every first notice, in letter order. */
    public static List<StandingRecipient> inCopy() {
        return all().stream().filter(recipient -> recipient.inCopy).toList();
    }
}
