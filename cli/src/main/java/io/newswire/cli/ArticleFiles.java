package io.newswire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Article files named on the command line: files as given, directories as their *.txt, sorted. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** seeds/ of the checkout the ./newswire script runs from, else of the current directory. */
    static Path defaultFolder() {
        String home = System.getenv("NEWSWIRE_HOME");
        return Path.of(home == null ? "." : home).resolve("seeds");
    }

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such article file or directory: " + path);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no *.txt articles in " + paths);
        }
        return files;
    }
}
