package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrfTest {

    @Test
    void precisionRecallAndF1() {
        Prf prf = new Prf(2, 4, 8);
        assertThat(prf.precision()).isEqualTo(0.5);
        assertThat(prf.recall()).isEqualTo(0.25);
        assertThat(prf.f1()).isEqualTo(2 * 0.5 * 0.25 / 0.75, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfectButEmptyDenominatorsOtherwiseGiveZero() {
        assertThat(Prf.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Prf(0, 0, 3).precision()).isZero();
        assertThat(new Prf(0, 0, 3).f1()).isZero();
        assertThat(new Prf(0, 3, 0).recall()).isZero();
    }

    @Test
    void inconsistentCountsAreRejected() {
        assertThatThrownBy(() -> new Prf(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
