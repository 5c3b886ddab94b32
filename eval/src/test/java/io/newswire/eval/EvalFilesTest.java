package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.EntityType;
import io.newswire.engine.Polarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryGoldFileOfADirectorySortedByName() throws IOException {
        Files.writeString(dir.resolve("b.gold.json"), """
                {"article": "b.txt", "title": "B", "boilerplate": ["Source link"], "notes": "extra keys are tolerated",
                 "entities": [{"name": "Nicolás Maduro", "type": "PERSON", "aliases": ["Nicolás Maduro", "Maduro"]}],
                 "statements": [{"speaker": "Nicolás Maduro", "kind": "DIRECT", "text": "No.",
                                 "stance": [{"target": "Nicolás Maduro", "polarity": "SUPPORT"}]},
                                {"speaker": null, "kind": "INDIRECT", "text": "it was fine", "stance": []}]}
                """);
        Files.writeString(dir.resolve("a.gold.json"), """
                {"article": "a.txt", "title": "A", "boilerplate": [], "entities": [], "statements": []}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not gold");

        var gold = EvalFiles.readGold(dir);

        assertThat(gold).extracting(GoldArticle::article).containsExactly("a.txt", "b.txt");
        GoldArticle b = gold.get(1);
        assertThat(b.entities().get(0).type()).isEqualTo(EntityType.PERSON);
        assertThat(b.entities().get(0).aliases()).containsExactly("Nicolás Maduro", "Maduro");
        assertThat(b.statements().get(0).stance().get(0).polarity()).isEqualTo(Polarity.SUPPORT);
        assertThat(b.statements().get(1).speaker()).isNull();
    }

    @Test
    void aBrokenGoldFileIsNamedInTheError() throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), "{\"article\": \"a.txt\", \"entities\": [{\"name\": \"X\", \"type\": \"THING\"}]}");

        assertThatThrownBy(() -> EvalFiles.readGold(dir)).isInstanceOf(IOException.class).hasMessageContaining("a.gold.json");
    }

    @Test
    void aDirectoryWithoutGoldFilesIsAnError() {
        assertThatThrownBy(() -> EvalFiles.readGold(dir)).isInstanceOf(IOException.class).hasMessageContaining("no *.gold.json");
    }

    @Test
    void predictionsIgnoreExtraFieldsAndNameTheBadLine() throws IOException {
        Path file = dir.resolve("p.jsonl");
        Files.writeString(file, """
                {"article": "a.txt", "title": "extra", "entities": [], "statements": []}
                {"article": "b.txt", "statements": [{"speaker": "X", "kind": "SHOUTED", "text": "t", "stance": []}]}
                """);

        assertThatThrownBy(() -> EvalFiles.readPredictions(file)).isInstanceOf(IOException.class).hasMessageContaining("line 2");

        Files.writeString(file, "{\"article\": \"a.txt\", \"title\": \"extra\"}\n");
        assertThat(EvalFiles.readPredictions(file)).containsExactly(new PredictedArticle("a.txt", null, null));
    }
}
