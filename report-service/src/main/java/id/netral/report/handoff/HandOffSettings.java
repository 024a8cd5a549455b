package id.netral.report.handoff;

import id.netral.report.ExaminingBody;

import io.smallrye.config.ConfigMapping;

import java.time.LocalDate;

/**
 * Where Bawaslu's study of a verified case goes ({@code netral.handoff.*}): KASN examined neutrality cases until it
 * stopped, BKN took over from the day set here (research notes 1 and 3.3: KASN stopped handling neutrality cases on
 * 24 Aug 2024; Perpres 92/2024 gave its task to BKN; SE MenPAN-RB 4/2024 of 4 Sep 2024 tells PPKs where pending
 * matters go). BKN takes the case through its SBT channel (sbt.bkn.go.id).
 */
@ConfigMapping(prefix = "netral.handoff")
public interface HandOffSettings {
    /** The first forwarding day that goes to BKN; every earlier one went to KASN. */
    LocalDate bknFrom();

    /**
     * How sure the SBT/SIGAPLAPOR field list of the export is: UNCONFIRMED today (research notes 6.3 and 6.6 name what
     * SBT asks publicly, NIK or NIP of the reported person and the complaint category, but no field list of the
     * Satgas/Bawaslu form was found). Said in every export, so nobody takes it for BKN's own form.
     */
    String sbtFieldListStatus();

    /** The reported person's agency as the export names it. */
    String agency();

    /** The body a study forwarded on this day goes to. */
    default ExaminingBody receiverOn(LocalDate forwardedOn) {
        return forwardedOn.isBefore(bknFrom()) ? ExaminingBody.KASN : ExaminingBody.BKN;
    }
}
