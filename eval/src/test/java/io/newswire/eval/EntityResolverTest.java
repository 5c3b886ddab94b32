package io.newswire.eval;

import static io.newswire.eval.Fixtures.location;
import static io.newswire.eval.Fixtures.org;
import static io.newswire.eval.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver(List.of(
            person("Nicolás Maduro", "Nicolás Maduro", "Maduro"),
            person("Claudia Sheinbaum", "Claudia Sheinbaum", "Sheinbaum"),
            org("U.S. Department of Justice", "U.S. Department of Justice", "Justice Department", "DOJ"),
            location("United States", "United States", "U.S.", "Washington")));

    @Test
    void resolvesCanonicalNamesAndAliasesWithoutCaseOrAccents() {
        assertThat(name("Nicolás Maduro")).isEqualTo("Nicolás Maduro");
        assertThat(name("nicolas maduro")).isEqualTo("Nicolás Maduro");
        assertThat(name("MADURO")).isEqualTo("Nicolás Maduro");
        assertThat(name("doj")).isEqualTo("U.S. Department of Justice");
        assertThat(name("Washington")).isEqualTo("United States");
    }

    @Test
    void resolvesWithoutTitles() {
        assertThat(name("President Maduro")).isEqualTo("Nicolás Maduro");
        assertThat(name("Mexican President Claudia Sheinbaum")).isEqualTo("Claudia Sheinbaum");
        assertThat(name("Venezuelan leader Nicolás Maduro")).isEqualTo("Nicolás Maduro");
        assertThat(name("the Justice Department")).isEqualTo("U.S. Department of Justice");
    }

    @Test
    void resolvesAbbreviationsWithOrWithoutDots() {
        assertThat(name("US")).isEqualTo("United States");
        assertThat(name("U.S")).isEqualTo("United States");
    }

    @Test
    void unknownNamesAndPartialNamesResolveToNothing() {
        assertThat(resolver.resolve("Diosdado Cabello")).isEmpty();
        assertThat(resolver.resolve("Nicolás")).isEmpty();
        // a non-title prefix is part of another name, not a titled form
        assertThat(resolver.resolve("Sister Maduro Foundation")).isEmpty();
        assertThat(resolver.resolve("Venezuelan Maduro")).isEmpty();
        assertThat(resolver.resolve(null)).isEmpty();
    }

    @Test
    void normalisedFormFoldsAccentsCaseTitlesAndPunctuation() {
        assertThat(EntityResolver.normalise("President Nicolás  MADURO!")).isEqualTo("nicolas maduro");
        assertThat(EntityResolver.normalise("President")).isEqualTo("president");
    }

    private String name(String surface) {
        return resolver.resolve(surface).map(GoldEntity::name).orElse(null);
    }
}
