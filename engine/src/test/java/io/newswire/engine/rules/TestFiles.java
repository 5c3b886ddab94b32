package io.newswire.engine.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the seed articles are and how the gold files are read. */
final class TestFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The repository's seeds/ folder; Maven runs the tests in the module directory. */
    static final Path SEEDS = Path.of(System.getProperty("basedir", "."), "..", "seeds");

    private TestFiles() {
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
