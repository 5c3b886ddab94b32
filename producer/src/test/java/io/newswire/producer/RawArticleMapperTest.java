package io.newswire.producer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawArticleMapperTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Path SEEDS = Path.of("..", "seeds");

    private final RawArticleMapper mapper =
            new RawArticleMapper(PublishOptions.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void keysByFileNameWithoutExtensionAndHashesTheBytesOnDisk() throws Exception {
        Path file = write("wire/000_bd18e7633e0bf5a2.txt", "abc");

        RawArticle article = map(mapper, file);

        assertThat(article.getArticleId()).isEqualTo("000_bd18e7633e0bf5a2");
        // sha256("abc"), from FIPS 180-2: independent of the code under test.
        assertThat(article.getContentHash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void keepsTheBodyExactlyAsOnDiskAndTakesTheFirstNonEmptyLineAsHeadline() throws Exception {
        String text = "\r\n   \n  Sheinbaum rejects “intervention”  \r\n\r\nBody line with trailing space \n";
        Path file = write("wire/a.txt", text);

        RawArticle article = map(mapper, file);

        assertThat(article.getBody()).isEqualTo(text);
        assertThat(article.getHeadline()).isEqualTo("Sheinbaum rejects “intervention”");
        assertThat(article.getByline()).isNull();
        assertThat(article.getDateline()).isNull();
    }

    @Test
    void fillsDefaultsSourceFromTheFolderUriAndIngestionTime() throws Exception {
        Path file = write("reuters-drop/a.txt", "Headline\n\nBody.");

        RawArticle article = map(mapper, file);

        assertThat(article.getSource()).isEqualTo("reuters-drop");
        assertThat(article.getUri()).startsWith("file:/").endsWith("/reuters-drop/a.txt");
        assertThat(article.getVersion()).isEqualTo(1);
        assertThat(article.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(article.getIngestedAt()).isEqualTo(NOW);
        assertThat(article.getPublishedAt()).isNull();
    }

    @Test
    void stampsConfiguredSourceVersionAndStatus() throws Exception {
        Path file = write("wire/a.txt", "Headline\n\nBody.");
        RawArticleMapper corrections = new RawArticleMapper(
                new PublishOptions("ap", 3, PublicationStatus.CORRECTED), Clock.fixed(NOW, ZoneOffset.UTC));

        RawArticle article = map(corrections, file);

        assertThat(article.getSource()).isEqualTo("ap");
        assertThat(article.getVersion()).isEqualTo(3);
        assertThat(article.getStatus()).isEqualTo(PublicationStatus.CORRECTED);
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameKeyAndHash() throws Exception {
        Path file = SEEDS.resolve("001_fac65c1321302c87.txt");
        RawArticleMapper later = new RawArticleMapper(PublishOptions.defaults(),
                Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        RawArticle first = map(mapper, file);
        RawArticle second = map(later, file);

        assertThat(second.getArticleId()).isEqualTo(first.getArticleId());
        assertThat(second.getContentHash()).isEqualTo(first.getContentHash());
        second.setIngestedAt(first.getIngestedAt());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void findsTheDatelineOfASeedAndNoBylineWhereThereIsNone() throws Exception {
        RawArticle article = map(mapper, SEEDS.resolve("002_e08fdbcb3582a995.txt"));

        assertThat(article.getHeadline())
                .isEqualTo("Mexico Rejects US Extradition of Maduro, Slams Intervention Threats Over Cartels");
        assertThat(article.getDateline()).isEqualTo("MEXICO CITY");
        assertThat(article.getByline()).isNull();
    }

    @Test
    void recognisesCommonBylineAndDatelineForms() {
        assertThat(RawArticleMapper.byline(List.of("Headline", "By Jane Doe and John O’Neil", "Text")))
                .isEqualTo("Jane Doe and John O’Neil");
        assertThat(RawArticleMapper.byline(List.of("Headline", "By the time we arrived, it was over."))).isNull();
        assertThat(RawArticleMapper.byline(List.of("By Jane Doe", "Text"))).as("the headline is not a byline").isNull();
        assertThat(RawArticleMapper.dateline(List.of("Headline", "WASHINGTON (Reuters) - The Senate voted.")))
                .isEqualTo("WASHINGTON");
        assertThat(RawArticleMapper.dateline(List.of("Headline", "PARIS, France — Protests continued.")))
                .isEqualTo("PARIS, France");
        assertThat(RawArticleMapper.dateline(List.of("Headline", "The U.S. - Mexico border is quiet."))).isNull();
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Caf\u00e9 headline".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> map(mapper, file))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsBlankAndUnreadableFiles() throws Exception {
        Path blank = write("wire/blank.txt", " \n\t\n");

        assertThatThrownBy(() -> map(mapper, blank)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> map(mapper, dir.resolve("missing.txt"))).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("unreadable");
    }

    @Test
    void refusesVersionsBelowOne() {
        assertThatThrownBy(() -> new PublishOptions(null, 0, PublicationStatus.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Reads and maps {@code file}, as {@link ArticleProducer} does. */
    private static RawArticle map(RawArticleMapper mapper, Path file) throws InvalidArticleException {
        return mapper.map(file, RawArticleMapper.read(file));
    }

    private Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(UTF_8));
        return file;
    }
}
