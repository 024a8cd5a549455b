package id.netral.kit.recap;

import id.netral.kit.problem.Problem;
import id.netral.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecapsTest {
    enum Dimension { OPD, VIOLATION_KIND, STATUS }

    @Test
    void aDimensionIsNamedInCamelCaseWithCaseIgnored() {
        assertThat(Recaps.by(Dimension.class, "violationKind")).isEqualTo(Dimension.VIOLATION_KIND);
        assertThat(Recaps.by(Dimension.class, "VIOLATIONKIND")).isEqualTo(Dimension.VIOLATION_KIND);
        assertThat(Recaps.by(Dimension.class, "opd")).isEqualTo(Dimension.OPD);
    }

    @Test
    void anUnknownDimensionIsAProblemListingTheChoices() {
        assertThatThrownBy(() -> Recaps.by(Dimension.class, "kecamatan"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).containsExactly(
                            new Problem.FieldError("by", "must be one of opd, violationKind, status"));
                });
    }

    @Test
    void aMissingDimensionIsTheSameProblem() {
        assertThatThrownBy(() -> Recaps.by(Dimension.class, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .extracting(Problem.FieldError::field).containsExactly("by"));
    }

    @Test
    void theUnderscoreOfAConstantIsNotPartOfItsName() {
        assertThatThrownBy(() -> Recaps.by(Dimension.class, "violation_kind"))
                .isInstanceOf(ProblemException.class);
    }
}
