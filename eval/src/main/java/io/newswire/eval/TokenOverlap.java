package io.newswire.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token overlap of two statement texts as the scoring rules define it: lower-cased words
 * (Unicode {@code \w+}, as check_gold.py's {@code tokens()}), punctuation dropped, compared as
 * multisets.
 *
 * @param common words the two texts share, counted with multiplicity
 * @param total the word counts of both texts added
 */
public record TokenOverlap(int common, int total) implements Comparable<TokenOverlap> {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static TokenOverlap of(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        Map<String, Integer> counts = new HashMap<>();
        ta.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : tb) {
            Integer left = counts.get(t);
            if (left != null && left > 0) {
                counts.put(t, left - 1);
                common++;
            }
        }
        return new TokenOverlap(common, ta.size() + tb.size());
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** F1 = 2pr/(p+r) = 2·common/(|a|+|b|). */
    public double f1() {
        return total == 0 ? 0.0 : 2.0 * common / total;
    }

    /** F1 of at least 0.5, decided in integers so that the boundary is exact. */
    public boolean matches() {
        return common > 0 && 4L * common >= total;
    }

    @Override
    public int compareTo(TokenOverlap other) {
        return Long.compare((long) common * other.total, (long) other.common * total);
    }
}
