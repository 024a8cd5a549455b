package id.netral.notification.recipient;

import id.netral.notification.directory.Opd;

/** Who a message about a case goes to, once the accused is kept out of it. */
public sealed interface Addressee {

    /**
     * The head of {@code office} at the moment of writing.
     *
     * @param insteadOf the office the message was meant for, whose head is the accused; null when it goes there
     */
    record Head(Opd office, HeadInOffice head, Opd insteadOf) implements Addressee {
        public boolean redirected() {
            return insteadOf != null;
        }
    }

    /**
     * Not sent: the accused heads {@code office}, and its superior's office already receives the same message of the
     * case, which it is not sent twice.
     */
    record AlreadyReached(Opd office, Opd superior) implements Addressee {
        public String reason() {
            return "The accused heads " + office.code + "; the superior's office " + superior.code
                    + " receives this case's message already, so it is not sent twice";
        }
    }

    /** Nobody may receive it: the accused heads {@code office}, and no superior of it is in the directory. */
    record NoOneElse(Opd office) implements Addressee {
        public String reason() {
            return "The accused heads " + office.code + " and no superior office of it is in the directory (the PPK "
                    + "has none in the city; the Sekda's superior is the PPK's office): not sent to the accused; "
                    + "inform the superior (for the PPK, the Governor) by hand";
        }
    }
}
