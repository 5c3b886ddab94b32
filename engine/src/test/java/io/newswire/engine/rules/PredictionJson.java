package io.newswire.engine.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prediction lines in the format of the annotation guidelines; main prints them for a folder. */
final class PredictionJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PredictionJson() {
    }

    static ObjectNode of(String article, Enrichment e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("article", article);
        root.put("title", e.title());
        ArrayNode entities = root.putArray("entities");
        for (Entity entity : e.entities()) {
            entities.addObject().put("name", entity.name()).put("type", entity.type().name());
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement s : e.statements()) {
            ObjectNode node = statements.addObject();
            node.put("speaker", s.speaker() == null ? null : s.speaker().name());
            node.put("kind", s.kind().name());
            node.put("text", s.text());
            node.put("cue", s.cue());
            ArrayNode stance = node.putArray("stance");
            for (Stance st : s.stance()) {
                stance.addObject().put("target", st.target().name()).put("polarity", st.polarity().name());
            }
        }
        return root;
    }

    static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static void main(String[] args) throws IOException, RejectedArticleException {
        RuleBasedEnrichmentEngine engine = new RuleBasedEnrichmentEngine();
        for (Path p : articles(Path.of(args[0]))) {
            String name = p.getFileName().toString();
            Enrichment e = engine.enrich(new ArticleText(name, Files.readString(p, StandardCharsets.UTF_8)));
            System.out.println(MAPPER.writeValueAsString(of(name, e)));
        }
    }
}
