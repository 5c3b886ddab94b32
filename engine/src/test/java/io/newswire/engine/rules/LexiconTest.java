package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.EnrichmentEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void everyDataFileBesideTheRulesIsListedSoTheVersionCoversIt() throws IOException, URISyntaxException {
        Path dir = Path.of(Lexicon.class.getResource("countries.txt").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> txt = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
            assertThat(Lexicon.DATA_FILES).containsExactlyInAnyOrderElementsOf(txt);
        }
    }

    @Test
    void anUnlistedDataFileCannotBeRead() {
        assertThatThrownBy(() -> Lexicon.lines("unlisted.txt")).hasMessageContaining("DATA_FILES");
    }

    @Test
    void theVersionNamesTheCodeGenerationAndTheDataFingerprint() {
        EnrichmentEngine engine = new RuleBasedEnrichmentEngine();
        assertThat(engine.version()).matches("rules-\\d+\\+[0-9a-f]{16}").endsWith(Lexicon.fingerprint());
        assertThat(Lexicon.fingerprint()).isEqualTo(Lexicon.fingerprint());
    }

    @Test
    void everyEvaluativeWordIsWholeNeverTheParticleOfAPhrase() {
        Lexicon lex = Lexicon.get();
        // "cover-up | cover up covered up" once made "cover" and "up" evaluative words of their own
        assertThat(lex.toneByFirstWord).doesNotContainKey("up");
        assertThat(lex.toneByFirstWord.get("cover")).allSatisfy(cue -> assertThat(cue.words()).containsExactly("cover", "up"));
        assertThat(lex.toneByFirstWord.get("covered")).allSatisfy(cue -> assertThat(cue.words()).containsExactly("covered", "up"));
    }
}
