package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewswireTest {

    private static final String ENGINE = "--engine=" + QuotingEngine.class.getName();

    @TempDir
    Path dir;

    private Path articles;
    private Path gold;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void articlesAndGold() throws IOException {
        articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("b.txt"), "Headline\nAna Lopez: \"We will not pay\"\n");
        Files.writeString(articles.resolve("a.txt"), "Headline\nJohn Smith: \"Très bien, it is fine\"\nJohn Smith: \"Really fine\"\n");
        Files.writeString(articles.resolve("notes.md"), "not an article");
        gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.gold.json"), """
                {"article": "a.txt", "title": "Headline", "boilerplate": [],
                 "entities": [{"name": "John Smith", "type": "PERSON", "aliases": ["John Smith"]}],
                 "statements": [{"speaker": "John Smith", "kind": "DIRECT", "text": "Très bien, it is fine", "stance": []}]}
                """);
        Files.writeString(gold.resolve("b.gold.json"), """
                {"article": "b.txt", "title": "Headline", "boilerplate": [],
                 "entities": [{"name": "Ana López", "type": "PERSON", "aliases": ["Ana Lopez"]}],
                 "statements": [{"speaker": "Ana López", "kind": "DIRECT", "text": "We will not pay", "stance": []},
                                {"speaker": null, "kind": "INDIRECT", "text": "nobody knows", "stance": []}]}
                """);
    }

    @Test
    void extractPrintsOneUtf8PredictionLinePerArticleInFileNameOrder() {
        int status = run("extract", ENGINE, articles.toString());

        assertThat(status).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).isEqualTo(
                "{\"article\":\"a.txt\",\"entities\":[{\"name\":\"John Smith\",\"type\":\"PERSON\"}],\"statements\":["
                        + "{\"speaker\":\"John Smith\",\"kind\":\"DIRECT\",\"text\":\"Très bien, it is fine\",\"stance\":[]},"
                        + "{\"speaker\":\"John Smith\",\"kind\":\"DIRECT\",\"text\":\"Really fine\",\"stance\":[]}]}\n"
                        + "{\"article\":\"b.txt\",\"entities\":[{\"name\":\"Ana Lopez\",\"type\":\"PERSON\"}],\"statements\":["
                        + "{\"speaker\":\"Ana Lopez\",\"kind\":\"DIRECT\",\"text\":\"We will not pay\",\"stance\":[]}]}\n");
    }

    @Test
    void extractTakesFilesAndWritesToAnOutputFile() throws IOException {
        Path output = dir.resolve("out.jsonl");

        int status = run("extract", ENGINE, "--output", output.toString(), articles.resolve("b.txt").toString());

        assertThat(status).isZero();
        assertThat(out()).isEmpty();
        assertThat(Files.readAllLines(output)).hasSize(1).allMatch(l -> l.startsWith("{\"article\":\"b.txt\""));
    }

    /** An article the engine rejects (blank) or fails on (the test engine's FAIL) is reported, and the others are still extracted. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({"'  \n', EMPTY", "'FAIL\n', 'IllegalStateException: test failure'"})
    void aSkippedArticleIsReportedTheOthersStillExtractedAndTheStatusIsOne(String text, String reason) throws IOException {
        Files.writeString(articles.resolve("c.txt"), text);

        int status = run("extract", ENGINE, articles.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("c.txt", reason);
        assertThat(out().lines()).hasSize(2);
    }

    @Test
    void aMissingArticleDirectoryIsAOneLineError() {
        int status = run("extract", ENGINE, dir.resolve("nowhere").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).startsWith("newswire extract: no such article file or directory").hasLineCount(1);
    }

    @Test
    void evalExtractsAndScoresAgainstGold() {
        int status = run("eval", ENGINE, "--gold", gold.toString(), "--articles", articles.toString());

        assertThat(status).isZero();
        assertThat(out())
                .contains("quoting-test-1")
                .containsPattern("overall \\(micro\\)\\s+statements\\s+2\\s+3\\s+3")
                .containsPattern("attribution\\s+2\\s+3\\s+3")
                .containsPattern("entities\\s+2\\s+2\\s+2")
                .contains("per-actor count error: 0.500");
    }

    @Test
    void evalScoresAPredictionFileAsJson() throws IOException {
        Path predictions = dir.resolve("p.jsonl");
        Files.writeString(predictions, """
                {"article": "b.txt", "entities": [], "statements": [{"speaker": null, "kind": "INDIRECT", "text": "nobody knows", "stance": []}]}
                """);

        int status = run("eval", "--gold", gold.toString(), "--predictions", predictions.toString(), "--json");

        assertThat(status).isZero();
        JsonNode report = json(out());
        assertThat(report.at("/overall/statements/tp").asInt()).isEqualTo(1);
        assertThat(report.at("/overall/statements/gold").asInt()).isEqualTo(3);
        assertThat(report.at("/overall/attribution/tp").asInt()).isEqualTo(1);
        assertThat(report.at("/countError").asDouble()).isEqualTo(1.0);
    }

    @Test
    void articlesAndPredictionsExcludeEachOther() {
        int status = run("eval", "--gold", gold.toString(), "--predictions", "p.jsonl", "--articles", "x");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("exclude each other");
    }

    @Test
    void trainStanceScoresEachSetHeldOutAndWritesAModelTheEngineReads() throws IOException {
        Path model = dir.resolve("stance-model.txt");
        String first = disputeSet("first");
        String second = disputeSet("second");

        int status = run("train-stance", "--threshold", "0.4", "-o", model.toString(), first, second);

        assertThat(status).isZero();
        assertThat(out()).contains("held-out set", first, second, "all", "model written to " + model);
        assertThat(Files.readString(model)).contains("threshold 0.40", "weight OPPOSE bias ", "weight SUPPORT bias ");
    }

    @Test
    void aTrainingSetNeedsItsArticles() {
        int status = run("train-stance", gold.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("a set is GOLD_DIR=ARTICLES_DIR");
    }

    @Test
    void trainingWithoutAMatchedStatementIsAClearError() {
        int status = run("train-stance", gold + "=" + articles);

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("nothing to train on");
    }

    /** A set of one article in which two bodies take sides against each other, as GOLD_DIR=ARTICLES_DIR. */
    private String disputeSet(String name) throws IOException {
        Path setArticles = Files.createDirectories(dir.resolve(name).resolve("articles"));
        Path setGold = Files.createDirectories(dir.resolve(name).resolve("gold"));
        Files.writeString(setArticles.resolve("d.txt"), "Water authority accuses chemicals firm\n\n"
                + "The Ostrava Water Authority accused Kelmor Chemicals on Monday of dumping solvents.\n\n"
                + "Kelmor Chemicals rejected the accusation and said it would appeal any fine.\n");
        Files.writeString(setGold.resolve("d.gold.json"), """
                {"article": "d.txt", "title": "Water authority accuses chemicals firm", "boilerplate": [],
                 "entities": [{"name": "Ostrava Water Authority", "type": "ORG", "aliases": ["Ostrava Water Authority"]},
                              {"name": "Kelmor Chemicals", "type": "ORG", "aliases": ["Kelmor Chemicals"]}],
                 "statements": [
                   {"speaker": "Ostrava Water Authority", "kind": "INDIRECT", "text": "accused Kelmor Chemicals on Monday of dumping solvents",
                    "stance": [{"target": "Kelmor Chemicals", "polarity": "OPPOSE"}]},
                   {"speaker": "Kelmor Chemicals", "kind": "INDIRECT", "text": "rejected the accusation",
                    "stance": [{"target": "Ostrava Water Authority", "polarity": "OPPOSE"}]},
                   {"speaker": "Kelmor Chemicals", "kind": "INDIRECT", "text": "it would appeal any fine",
                    "stance": [{"target": "Ostrava Water Authority", "polarity": "OPPOSE"}]}]}
                """);
        return setGold + "=" + setArticles;
    }

    @Test
    void anUnknownEngineIsAClearError() {
        int status = run("extract", "--engine", "com.example.Nope", articles.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("engine com.example.Nope not found", QuotingEngine.class.getName());
    }

    @Test
    void helpListsTheCommands() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out()).contains("demo", "run", "produce", "counts", "extract", "eval", "train-stance");
    }

    @Test
    void produceTakesAnArticleVersionAndStatus() {
        int status = run("produce", "--help");

        assertThat(status).isZero();
        assertThat(out()).contains("--version=N", "--status=STATUS", "RETRACTED", "--bootstrap-server", "--schema-registry");
    }

    @Test
    void produceWatchesOneDropFolderOnly() {
        int status = run("produce", "--watch", articles.resolve("a.txt").toString(), articles.toString(),
                "--bootstrap-server", "localhost:1", "--schema-registry", "http://localhost:1");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("--watch needs exactly one folder");
    }

    @Test
    void aCommandWithoutABrokerAddressSaysWhereToGiveOne() {
        int status = run("counts", "--schema-registry", "http://localhost:1");

        assertThat(status).isEqualTo(1);
        assertThat(err()).startsWith("newswire counts: bootstrap.servers is not set: give --bootstrap-server")
                .contains("NEWSWIRE_BOOTSTRAP_SERVERS").hasLineCount(1);
    }

    @Test
    void runOffersToRunOneServiceOnly() {
        int status = run("run", "--only", "nope", "--bootstrap-server", "localhost:1", "--schema-registry", "http://localhost:1");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("STREAMS", "SINK");
    }

    private int run(String... args) {
        return Newswire.commandLine(out, err).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
