package io.newswire.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads gold files and prediction files; every error names the file (and line) at fault. */
public final class EvalFiles {

    static final String GOLD_SUFFIX = ".gold.json";

    // Extra keys are tolerated, as check_gold.py only warns about them, and extractors may add
    // fields of their own (a title, ids); scoring needs only the documented ones.
    private static final ObjectReader GOLD = EvalJson.MAPPER.readerFor(GoldArticle.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader PREDICTION = EvalJson.MAPPER.readerFor(PredictedArticle.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EvalFiles() {
    }

    /** Every {@code *.gold.json} of a directory, sorted by file name. */
    public static List<GoldArticle> readGold(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("gold directory not found: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *" + GOLD_SUFFIX + " files in " + dir);
        }
        List<GoldArticle> gold = new ArrayList<>();
        for (Path file : files) {
            try {
                gold.add(GOLD.readValue(file.toFile()));
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot read gold file " + file + ": " + e.getMessage(), e);
            }
        }
        return gold;
    }

    /** A JSON Lines prediction file; blank lines are skipped. */
    public static List<PredictedArticle> readPredictions(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readPredictions(reader, file.toString());
        }
    }

    static List<PredictedArticle> readPredictions(Reader reader, String source) throws IOException {
        List<PredictedArticle> predictions = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                predictions.add(PREDICTION.readValue(line));
            } catch (IOException | RuntimeException e) {
                throw new IOException(source + " line " + number + ": not a prediction: " + e.getMessage(), e);
            }
        }
        return predictions;
    }
}
