package id.netral.sanction.procedure;

import id.netral.sanction.catalogue.Level;
import id.netral.sanction.catalogue.Track;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which steps a decree waits for, per track and level and per a site's settings (plain, no Quarkus). */
class StepsBeforeDecreeTest {
    private static StepsBeforeDecree with(Optional<Set<Step>> contractSteps) {
        StepsBeforeDecree steps = new StepsBeforeDecree();
        steps.settings = new ProcedureSettings() {
            @Override
            public Set<Level> examinationTeamLevels() {
                return Set.of(Level.BERAT);
            }

            @Override
            public Optional<Set<Step>> contractStepsBeforeDecree() {
                return contractSteps;
            }
        };
        return steps;
    }

    @Test
    void aNonAsnStaffMembersDecreeWaitsForNoHearingUnlessTheSiteConfiguresOne() {
        assertThat(with(Optional.empty()).required(Track.CONTRACT, null)).isEmpty();
        // given in any order, taken in the procedure's
        assertThat(with(Optional.of(Set.of(Step.EXAMINED, Step.SUMMONED))).required(Track.CONTRACT, null))
                .containsExactly(Step.SUMMONED, Step.EXAMINED);
        assertThat(with(Optional.empty()).why(Track.CONTRACT, null))
                .contains("netral.procedure.contract-steps-before-decree");
    }

    @Test
    void civilServantsKeepTheirHearingWhateverTheContractSetting() {
        StepsBeforeDecree steps = with(Optional.empty());
        assertThat(steps.required(Track.DISCIPLINE, Level.SEDANG)).containsExactly(Step.SUMMONED, Step.EXAMINED);
        assertThat(steps.required(Track.DISCIPLINE, Level.BERAT))
                .containsExactly(Step.SUMMONED, Step.EXAMINATION_TEAM_FORMED, Step.EXAMINED);
        assertThat(steps.required(Track.DISMISSAL, null))
                .containsExactly(Step.SUMMONED, Step.EXAMINATION_TEAM_FORMED, Step.EXAMINED);
        assertThat(steps.required(Track.ETHICS, null))
                .containsExactly(Step.ETHICS_COUNCIL_FORMED, Step.ETHICS_COUNCIL_CONCLUDED);
    }
}
