package id.netral.sanction.procedure;

import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The steps the procedure at the city takes before the PPK decides on the examination's finding, in the order
 * notification-service's followup.Procedure allows them (mirrored here, not shared code: the two services share the
 * event and the configuration). Discipline (PP 94/2021, PPPK through PP 49/2018 Pasal 52; the dismissal track follows
 * the same hearing): the direct superior's written summons, the examination
 * team where the level requires one (always for the dismissal track), the examination (BAP). Ethics (PP 42/2004): the
 * Majelis Kode Etik is formed and concludes, instead of the summons and examination. A non-ASN staff member's contract
 * measure: only the steps a site configured ({@link ProcedureSettings#contractStepsBeforeDecree()}), none by default.
 */
@ApplicationScoped
public class StepsBeforeDecree {
    @Inject
    ProcedureSettings settings;

    /**
     * The steps still to be taken on the recommendation, in order; none when its examination is done. Where the level
     * needs a team, only the team's examination counts: one the direct superior held before the level was raised
     * leaves EXAMINED missing until the team, formed after it, examines again.
     */
    public List<Step> missing(UUID recommendationId, Track track, Level level) {
        List<StepTaken> taken = StepTaken.of(recommendationId);
        boolean team = teamRequired(track, level);
        List<Step> missing = new ArrayList<>();
        for (Step step : required(track, level)) {
            boolean byTeamOnly = team && step == Step.EXAMINED;
            if (taken.stream().noneMatch(t -> t.step().counts(step) && (!byTeamOnly || t.byExaminationTeam()))) {
                missing.add(step);
            }
        }
        return missing;
    }

    /**
     * The missing steps in plain words, for the problem that refuses a decree: "the forming of the examination team
     * (EXAMINATION_TEAM_FORMED), then the examination team's own examination (EXAMINED) ...".
     */
    public String inWords(List<Step> missing, UUID recommendationId, Track track, Level level) {
        boolean team = teamRequired(track, level);
        boolean examinedWithoutTeam = team && StepTaken.of(recommendationId).stream()
                .anyMatch(t -> t.step().counts(Step.EXAMINED) && !t.byExaminationTeam());
        List<String> words = new ArrayList<>();
        for (Step step : missing) {
            words.add(switch (step) {
                case SUMMONED -> "the direct superior's written summons of the civil servant (SUMMONED)";
                case EXAMINATION_TEAM_FORMED -> "the forming of the examination team by the PPK "
                        + "(EXAMINATION_TEAM_FORMED)";
                case EXAMINED -> !team ? "the examination of the civil servant, with its record (BAP) (EXAMINED)"
                        : "the examination team's own examination of the civil servant, with its record (BAP) "
                        + "(EXAMINED, recorded after EXAMINATION_TEAM_FORMED)" + (examinedWithoutTeam
                        ? "; the examination recorded so far was held without an examination team, before the "
                        + "case needed one, and does not count for " + (track == Track.DISMISSAL ? "a dismissal"
                        : "level " + level) : "");
                case ETHICS_COUNCIL_FORMED -> "the forming of the Majelis Kode Etik (ETHICS_COUNCIL_FORMED)";
                case ETHICS_COUNCIL_CONCLUDED -> "the conclusion of the Majelis Kode Etik (ETHICS_COUNCIL_CONCLUDED)";
                default -> step.name();
            });
        }
        return String.join(", then ", words);
    }

    /** Why those steps come first, in English, for the problem that refuses a decree. */
    public String why(Track track, Level level) {
        if (track == Track.ETHICS) {
            return "an ethics case is examined by the Majelis Kode Etik, whose conclusion the PPK's decree rests on "
                    + "(PP 42/2004)";
        }
        if (track == Track.CONTRACT) {
            return "a non-ASN staff member's case waits for the steps this site's Perwali or work contracts prescribe "
                    + "(netral.procedure.contract-steps-before-decree)";
        }
        return "the direct superior summons the civil servant in writing and the civil servant is examined before "
                + "the PPK decides (PP 94/2021)" + (teamRequired(track, level) ? "; " + (track == Track.DISMISSAL
                ? "a dismissal" : "level " + level) + " is examined by an examination team formed first" : "");
    }

    /** The steps the decree of a case on this track and level waits for, in the order they are taken. */
    List<Step> required(Track track, Level level) {
        if (track == Track.ETHICS) {
            return List.of(Step.ETHICS_COUNCIL_FORMED, Step.ETHICS_COUNCIL_CONCLUDED);
        }
        if (track == Track.CONTRACT) {
            // PP 94/2021's hearing does not bind non-ASN staff; only what the site configured (UNCONFIRMED)
            return settings.contractStepsBeforeDecree().map(steps -> Arrays.stream(Step.values())
                    .filter(steps::contains).toList()).orElse(List.of());
        }
        return teamRequired(track, level) ? List.of(Step.SUMMONED, Step.EXAMINATION_TEAM_FORMED, Step.EXAMINED)
                : List.of(Step.SUMMONED, Step.EXAMINED);
    }

    private boolean teamRequired(Track track, Level level) {
        return track == Track.DISMISSAL || (level != null && settings.examinationTeamLevels().contains(level));
    }
}
