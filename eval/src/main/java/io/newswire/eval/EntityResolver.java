package io.newswire.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name as an extractor wrote it to a gold entity, through the entity's canonical name
 * and aliases, compared without case, accents or titles.
 *
 * <p>Both sides are normalised the same way: accents folded, lower case, words only
 * (punctuation dropped), runs of single letters joined ("U.S." and "US" are both {@code us}),
 * then leading "the" and title words dropped ("President Trump" is {@code trump}) as long as a
 * word is left. A name that still matches nothing resolves through its longest suffix that is a
 * gold name when the words before that suffix include a title word: "Mexican President Claudia
 * Sheinbaum" and "Secretary of State Marco Rubio" are titled forms of the bare names. Gold files
 * never share an alias between two entities; should normalisation make two collide, the entity
 * listed first wins.
 */
public final class EntityResolver {

    private static final Set<String> TITLES = Set.of(
            "president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov",
            "mayor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "leader", "chief",
            "deputy", "director", "commissioner", "chairman", "chairwoman", "judge", "attorney",
            "general", "gen", "admiral", "colonel", "col", "lieutenant", "lt", "captain", "capt",
            "sergeant", "sgt", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame",
            "lord", "lady", "king", "queen", "prince", "princess", "pope", "rev", "reverend",
            "former", "acting", "interim", "ceo");

    private final Map<String, GoldEntity> byName = new HashMap<>();

    public EntityResolver(List<GoldEntity> entities) {
        for (GoldEntity entity : entities) {
            byName.putIfAbsent(normalise(entity.name()), entity);
            for (String alias : entity.aliases()) {
                byName.putIfAbsent(normalise(alias), entity);
            }
        }
    }

    public Optional<GoldEntity> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> words = words(name);
        GoldEntity exact = byName.get(String.join(" ", words));
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int i = 1; i < words.size(); i++) {
            if (words.subList(0, i).stream().anyMatch(TITLES::contains)) {
                GoldEntity titled = byName.get(String.join(" ", words.subList(i, words.size())));
                if (titled != null) {
                    return Optional.of(titled);
                }
            }
        }
        return Optional.empty();
    }

    /** The comparison form of a name, e.g. {@code "President Nicolás Maduro"} is {@code nicolas maduro}. */
    public static String normalise(String name) {
        return String.join(" ", words(name));
    }

    private static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String token : TokenOverlap.tokens(folded)) {
            if (token.length() == 1) {
                letters.append(token);
                continue;
            }
            if (!letters.isEmpty()) {
                words.add(letters.toString());
                letters.setLength(0);
            }
            words.add(token);
        }
        if (!letters.isEmpty()) {
            words.add(letters.toString());
        }
        int first = 0;
        while (first < words.size() - 1 && (words.get(first).equals("the") || TITLES.contains(words.get(first)))) {
            first++;
        }
        return words.subList(first, words.size());
    }
}
