package io.newswire.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorIdsTest {

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertThat(ActorIds.of(EntityType.PERSON, "Nicolás Maduro")).isEqualTo("person:nicolas-maduro");
        assertThat(ActorIds.of(EntityType.ORG, "U.S. Department of Justice"))
                .isEqualTo("org:u-s-department-of-justice");
    }

    @Test
    void keepsTypesApart() {
        assertThat(ActorIds.of(EntityType.LOCATION, "Georgia")).isNotEqualTo(ActorIds.of(EntityType.PERSON, "Georgia"));
    }
}
