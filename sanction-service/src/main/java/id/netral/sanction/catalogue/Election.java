package id.netral.sanction.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One election of the calendar (configuration {@code netral.sanction.elections.<id>.*}).
 *
 * @param id       the election id report.verified events carry, e.g. PEMILU-2024, PILKADA-2024
 * @param contests the contests held in it, each with the day its candidates were fixed: Pemilu 2024 fixed the
 *                 legislative lists (DPR, DPD, DPRD) on 3 Nov 2023 and the presidential pairs on 13 Nov 2023
 */
public record Election(@Schema(examples = "PILKADA-2024") String id,
                       @Schema(examples = "Pilkada 2024") String name,
                       List<Contest> contests, LocalDate campaignStart,
                       LocalDate campaignEnd, LocalDate votingDay) {

    public Election {
        contests = List.copyOf(contests);
    }

    /**
     * One contest of an election (the presidential pairs, the DPRD Kota Kupang lists, the mayor of Kupang).
     *
     * @param candidatesFixed the day KPU fixed its candidates: an act before it was toward a would-be candidate (bakal
     *                        calon), on or after it toward a candidate (calon); the fixing day itself counts as fixed
     */
    public record Contest(@Schema(examples = "WALI-KOTA-KUPANG") String id,
                          @Schema(examples = "Wali Kota dan Wakil Wali Kota Kupang") String name,
                          LocalDate candidatesFixed) {
        public boolean candidatesFixedOn(LocalDate day) {
            return !day.isBefore(candidatesFixed);
        }
    }

    public Optional<Contest> contest(String id) {
        return contests.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Whether an act on this day was toward fixed candidates whatever its contest: present when every contest of the
     * election is on the same side of the day, empty when it depends on the contest (Pemilu 2024, 3-12 Nov 2023).
     */
    public Optional<Boolean> candidatesFixedInEveryContestOn(LocalDate day) {
        boolean first = contests.get(0).candidatesFixedOn(day);
        return contests.stream().allMatch(c -> c.candidatesFixedOn(day) == first) ? Optional.of(first)
                : Optional.empty();
    }
}
