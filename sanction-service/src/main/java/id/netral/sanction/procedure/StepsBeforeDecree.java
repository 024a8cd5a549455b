package id.netral.sanction.procedure;

import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The steps the procedure at the city takes before the PPK decides on the examination's finding, in the order
 * notification-service's followup.Procedure allows them (mirrored here, not shared code: the two services share the
 * event and the configuration). Discipline (PP 94/2021, PPPK through PP 49/2018 Pasal 52; the dismissal track and a
 * non-ASN's contract measure follow the same hearing there): the direct superior's written summons, the examination
 * team where the level requires one (always for the dismissal track), the examination (BAP). Ethics (PP 42/2004): the
 * Majelis Kode Etik is formed and concludes, instead of the summons and examination.
 */
@ApplicationScoped
public class StepsBeforeDecree {
    @Inject
    ProcedureSettings settings;

    /** The steps still to be taken on the recommendation, in order; none when its examination is done. */
    public List<Step> missing(UUID recommendationId, Track track, Level level) {
        List<StepTaken> taken = StepTaken.of(recommendationId);
        List<Step> missing = new ArrayList<>();
        for (Step step : required(track, level)) {
            if (taken.stream().noneMatch(t -> t.step().counts(step))) {
                missing.add(step);
            }
        }
        return missing;
    }

    /** Why those steps come first, in English, for the problem that refuses a decree. */
    public String why(Track track, Level level) {
        if (track == Track.ETHICS) {
            return "an ethics case is examined by the Majelis Kode Etik, whose conclusion the PPK's decree rests on "
                    + "(PP 42/2004)";
        }
        return "the direct superior summons the civil servant in writing and the civil servant is examined before "
                + "the PPK decides (PP 94/2021)" + (teamRequired(track, level) ? "; " + (track == Track.DISMISSAL
                ? "a dismissal" : "level " + level) + " is examined by an examination team formed first" : "");
    }

    private List<Step> required(Track track, Level level) {
        if (track == Track.ETHICS) {
            return List.of(Step.ETHICS_COUNCIL_FORMED, Step.ETHICS_COUNCIL_CONCLUDED);
        }
        return teamRequired(track, level) ? List.of(Step.SUMMONED, Step.EXAMINATION_TEAM_FORMED, Step.EXAMINED)
                : List.of(Step.SUMMONED, Step.EXAMINED);
    }

    private boolean teamRequired(Track track, Level level) {
        return track == Track.DISMISSAL || (level != null && settings.examinationTeamLevels().contains(level));
    }
}
