package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenOverlapTest {

    @Test
    void tokensAreLowerCasedWordsWithoutPunctuation() {
        assertThat(TokenOverlap.tokens("“We have NO proof,” she said — it’s 50%."))
                .containsExactly("we", "have", "no", "proof", "she", "said", "it", "s", "50");
        assertThat(TokenOverlap.tokens("Nicolás Maduro")).containsExactly("nicolás", "maduro");
    }

    @Test
    void f1IsTwiceTheCommonWordsOverBothLengths() {
        TokenOverlap overlap = TokenOverlap.of("Hello, world!", "hello there world again");
        assertThat(overlap.common()).isEqualTo(2);
        assertThat(overlap.f1()).isEqualTo(4.0 / 6.0);
    }

    @Test
    void wordsCountWithMultiplicity() {
        assertThat(TokenOverlap.of("no no no", "no").common()).isEqualTo(1);
        assertThat(TokenOverlap.of("no no", "no no yes").common()).isEqualTo(2);
    }

    @Test
    void halfIsEnoughJustBelowIsNot() {
        assertThat(TokenOverlap.of("a b", "a c").f1()).isEqualTo(0.5);
        assertThat(TokenOverlap.of("a b", "a c").matches()).isTrue();
        assertThat(TokenOverlap.of("a b c", "a d e f g h").matches()).isFalse(); // 2/9
        assertThat(TokenOverlap.of("a b", "a c d").matches()).isFalse(); // 0.4
        assertThat(TokenOverlap.of("...", "!!!").matches()).isFalse();
    }
}
