package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seeds against their gold, scored as the guidelines say, with floors a little below what
 * the engine reaches, so that a regression fails the build.
 */
class SeedGoldTest {


    private int statementTp;
    private int attributionTp;
    private int predicted;
    private int gold;
    private int entityTp;
    private int entityPredicted;
    private int entityGold;
    private int stanceTp;
    private int stancePredicted;
    private int stanceGold;
    private final Map<String, Integer> goldCounts = new HashMap<>();
    private final Map<String, Integer> predictedCounts = new HashMap<>();

    @Test
    void seedsMeetTheFloors() throws Exception {
        for (Path seed : TestFiles.seeds()) {
            String name = seed.getFileName().toString();
            Enrichment e = Articles.ENGINE.enrich(new ArticleText(name, Files.readString(seed)));
            try (InputStream in = getClass().getResourceAsStream("/gold/" + name.replace(".txt", ".gold.json"))) {
                score(e, TestFiles.MAPPER.readTree(in));
            }
        }
        double countError = countError();
        assertThat(f1(statementTp, predicted, gold)).as("statement F1").isGreaterThanOrEqualTo(0.93);
        assertThat(f1(attributionTp, predicted, gold)).as("attribution F1").isGreaterThanOrEqualTo(0.91);
        assertThat(f1(entityTp, entityPredicted, entityGold)).as("entity F1").isGreaterThanOrEqualTo(0.93);
        assertThat(f1(stanceTp, stancePredicted, stanceGold)).as("stance F1").isGreaterThanOrEqualTo(0.60);
        assertThat(countError).as("per-actor count error").isLessThanOrEqualTo(0.12);
    }

    private void score(Enrichment e, JsonNode g) {
        assertThat(e.title()).as("title of %s", g.get("article")).isEqualTo(g.get("title").asText());
        List<String> goldBoilerplate = new ArrayList<>();
        g.get("boilerplate").forEach(b -> goldBoilerplate.add(b.asText()));
        assertThat(e.boilerplate()).as("boilerplate of %s", g.get("article")).isEqualTo(goldBoilerplate);
        Map<String, String> alias = new HashMap<>();
        Set<String> goldEntities = new HashSet<>();
        for (JsonNode ent : g.get("entities")) {
            String canonical = ent.get("name").asText();
            alias.put(norm(canonical), canonical);
            ent.get("aliases").forEach(a -> alias.put(norm(a.asText()), canonical));
            goldEntities.add(canonical + "|" + ent.get("type").asText());
        }
        Set<String> predictedEntities = new HashSet<>();
        for (Entity ent : e.entities()) {
            predictedEntities.add(alias.getOrDefault(norm(ent.name()), "?" + ent.name()) + "|" + ent.type());
        }
        entityPredicted += predictedEntities.size();
        entityGold += goldEntities.size();
        predictedEntities.retainAll(goldEntities);
        entityTp += predictedEntities.size();

        List<JsonNode> goldStatements = new ArrayList<>();
        g.get("statements").forEach(goldStatements::add);
        List<Statement> ours = e.statements();
        predicted += ours.size();
        gold += goldStatements.size();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            for (int j = 0; j < goldStatements.size(); j++) {
                double f = tokenF1(ours.get(i).text(), goldStatements.get(j).get("text").asText());
                if (f >= 0.5) {
                    pairs.add(new double[] {f, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Set<Integer> usedOurs = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (usedOurs.contains(i) || usedGold.contains(j)) {
                continue;
            }
            usedOurs.add(i);
            usedGold.add(j);
            statementTp++;
            Statement s = ours.get(i);
            JsonNode gs = goldStatements.get(j);
            String ourSpeaker = s.speaker() == null ? null : alias.getOrDefault(norm(s.speaker().name()), "?");
            String goldSpeaker = gs.get("speaker").isNull() ? null : gs.get("speaker").asText();
            if (Objects.equals(ourSpeaker, goldSpeaker)) {
                attributionTp++;
            }
            Set<String> goldStance = new HashSet<>();
            gs.get("stance").forEach(st -> goldStance.add(st.get("target").asText() + "|" + st.get("polarity").asText()));
            for (Stance st : s.stance()) {
                if (goldStance.contains(alias.getOrDefault(norm(st.target().name()), "?") + "|" + st.polarity())) {
                    stanceTp++;
                }
            }
        }
        for (Statement s : ours) {
            stancePredicted += s.stance().size();
            if (s.speaker() != null) {
                predictedCounts.merge(alias.getOrDefault(norm(s.speaker().name()), "?" + s.speaker().name()), 1, Integer::sum);
            }
        }
        for (JsonNode gs : goldStatements) {
            stanceGold += gs.get("stance").size();
            if (!gs.get("speaker").isNull()) {
                goldCounts.merge(gs.get("speaker").asText(), 1, Integer::sum);
            }
        }
    }

    private double countError() {
        Set<String> names = new HashSet<>(goldCounts.keySet());
        names.addAll(predictedCounts.keySet());
        int diff = 0;
        int total = 0;
        for (String n : names) {
            diff += Math.abs(goldCounts.getOrDefault(n, 0) - predictedCounts.getOrDefault(n, 0));
        }
        for (int c : goldCounts.values()) {
            total += c;
        }
        return (double) diff / total;
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static final Set<String> TITLES = Set.of("president", "secretary", "minister", "mr", "mrs", "ms", "dr",
            "former", "then-president");

    private static String norm(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\w.'-]+")) {
            if (!w.isEmpty() && !TITLES.contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    private static double tokenF1(String a, String b) {
        Map<String, Integer> ta = tokens(a);
        Map<String, Integer> tb = tokens(b);
        int common = 0;
        int na = 0;
        int nb = 0;
        for (Map.Entry<String, Integer> en : ta.entrySet()) {
            common += Math.min(en.getValue(), tb.getOrDefault(en.getKey(), 0));
            na += en.getValue();
        }
        for (int c : tb.values()) {
            nb += c;
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / na;
        double r = (double) common / nb;
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> tokens(String s) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty()) {
                out.merge(w, 1, Integer::sum);
            }
        }
        return out;
    }
}
