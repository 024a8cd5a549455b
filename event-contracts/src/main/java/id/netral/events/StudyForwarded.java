package id.netral.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Bawaslu forwarded its study (kajian) of a verified case to the body that examines it: KASN until 23 Aug 2024, BKN
 * (through its SBT channel) from 24 Aug 2024; the forwarding day decides which (research notes 3.3). Names nobody of
 * the case: the accused is on the verification, the reporter never leaves report-service.
 *
 * @param forwardedOn  the day of Bawaslu's forwarding letter
 * @param letterNumber the number of Bawaslu's forwarding letter
 * @param forwardedBy  the Bawaslu office or official that forwarded it, as the letter is signed
 * @param receiver     KASN or BKN, by {@code forwardedOn}
 * @param channel      LETTER (to KASN) or SBT (BKN's Sistem Berbagi Terintegrasi)
 * @param recordedBy   the verifier who recorded the forwarding in Netral
 */
public record StudyForwarded(UUID reportId, LocalDate forwardedOn, String letterNumber, String forwardedBy,
                             String receiver, String channel, String recordedBy, Instant recordedAt) {
}
