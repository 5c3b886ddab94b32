package io.newswire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The inputs of the benchmarks: the seed articles from the jar and synthetic hostile texts. */
final class Articles {

    static final List<String> SEEDS = List.of("000_bd18e7633e0bf5a2.txt", "001_fac65c1321302c87.txt",
            "002_e08fdbcb3582a995.txt", "003_17f309d8c28a3e47.txt");

    private Articles() {
    }

    static String seed(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed not in the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All seeds one after the other, repeated: a story {@code times} as long. */
    static String scaled(int times) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            for (String name : SEEDS) {
                sb.append(seed(name)).append("\n\n");
            }
        }
        return sb.toString();
    }

    static String hostile(String kind) {
        StringBuilder sb = new StringBuilder("A Hostile Article For The Benchmark\n\n");
        switch (kind) {
            case "article-1MB" -> {
                String seeds = scaled(1);
                while (sb.length() < 1_000_000) {
                    sb.append(seeds);
                }
            }
            case "quote-marks-10k" -> {
                for (int i = 0; i < 10_000; i++) {
                    sb.append(i % 3 == 0 ? "\u201C" : i % 3 == 1 ? "\" " : "\u201D").append("word ");
                }
            }
            case "line-100KB" -> {
                while (sb.length() < 100_000) {
                    sb.append("Smith said that the Ministry of Truth rejected Jones, and ");
                }
            }
            case "unbalanced-quotes" -> {
                while (sb.length() < 100_000) {
                    sb.append("\u201CIt never ends, Smith said, and the \u201Cthing went on\n\n");
                }
            }
            case "name-list-100KB" -> {
                // one list of capitalised names where a place stands: each name is asked whether it is listed with a place
                sb.append("Farmers in ");
                for (int i = 0; sb.length() < 100_000; i++) {
                    sb.append("Ka").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26))
                            .append((char) ('a' + i / 676 % 26)).append(", ");
                }
                sb.append("and Trondel said the rain came.\n");
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return sb.toString();
    }
}
