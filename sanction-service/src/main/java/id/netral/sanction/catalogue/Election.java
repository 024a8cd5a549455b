package id.netral.sanction.catalogue;

import java.time.LocalDate;

/**
 * One election of the calendar (configuration {@code netral.sanction.elections.<id>.*}).
 *
 * @param id              the election id report.verified events carry, e.g. PEMILU-2024, PILKADA-2024
 * @param candidatesFixed the day KPU fixed the candidates: an act before it was toward a would-be candidate
 *                        (bakal calon, SKB ethics rows), on or after it toward a candidate (calon, discipline rows)
 */
public record Election(String id, String name, LocalDate candidatesFixed, LocalDate campaignStart,
                       LocalDate campaignEnd, LocalDate votingDay) {

    /** Whether an act on this day was toward fixed candidates; the fixing day itself counts as fixed. */
    public boolean candidatesFixedOn(LocalDate day) {
        return !day.isBefore(candidatesFixed);
    }
}
