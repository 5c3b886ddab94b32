package io.newswire.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits raw wire copy into headline, boilerplate lines and story paragraphs. Each non-empty
 * line is a paragraph; page furniture (tag lines, inline ad headlines, widgets, counters, ids,
 * bylines, captions) is recognised by its shape, not by its words alone.
 */
final class Layout {

    /** Lower-case letters a capitalised word runs to before the next is glued on: "Policy" in "PolicyEditor's". */
    private static final int MIN_GLUED_WORD = 3;
    /** Words of a line that ends in a reading time or a time stamp and is still furniture. */
    private static final int READING_TIME_LINE_WORDS = 16;
    /** A reading-time label, alone or after a byline: "4 min read", "Desk | 6 minutes read". */
    private static final Pattern READING_TIME = Pattern.compile("\\b\\d{1,3} min(?:ute)?s? read$");
    /** A time stamp, alone or after a byline: "11 min ago", "Ana Ruiz | 3 hours ago". */
    private static final Pattern TIME_AGO = Pattern.compile("\\b\\d{1,3} (?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?) ago$");
    /** A photo credit that is a web address. */
    private static final Pattern CREDIT_DOMAIN = Pattern.compile("[a-z0-9.-]+\\.(gov|com|org|net|edu|int)");
    /** A caption closed by its credit, with no sentence after it: "… in Kaunas on Monday. Photo: Ona Vilkė / Press". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:^|[.!?)]\\s)\\s*(?:photo|photograph|picture|image|credit|supplied)s?:\\s*[^.!?:]{1,80}$");
    /** A copyright notice: "Copyright (c) 2025", "copyright © X", "© 2025 X". */
    private static final Pattern COPYRIGHT = Pattern.compile("(copyright\\s*)?(\\(c\\)|©)|copyright\\s+\\d{4}");
    /** Last words of a byline that names its writer's desk: "Kenji Arai, Tokyo bureau". */
    private static final Set<String> DESK_WORDS = Set.of("bureau", "correspondent", "desk", "reporter", "editor", "staff");
    private static final Pattern COUNTER = Pattern.compile("\\d+(\\s+of\\s+\\d+)?");
    private static final Pattern NUMERIC = Pattern.compile("[\\d\\s.,:/-]{1,20}");

    /** One line (or wrapped paragraph) of the raw text at [start, end), without the final line break. */
    record Line(int start, int end, String text) {
    }

    final Line title;
    final List<String> boilerplate;
    final List<Line> paragraphs;

    private Layout(Line title, List<String> boilerplate, List<Line> paragraphs) {
        this.title = title;
        this.boilerplate = boilerplate;
        this.paragraphs = paragraphs;
    }

    static Layout of(String raw) {
        Lexicon lex = Lexicon.get();
        List<Line> lines = new ArrayList<>();
        // lines that directly follow another line, with no blank line between
        List<Boolean> continued = new ArrayList<>();
        boolean previousBlank = true;
        int start = 0;
        int n = raw.length();
        while (start <= n) {
            int nl = raw.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int s = start;
            int e = end;
            while (s < e && Texts.isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && Texts.isSpace(raw.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(s, e, raw.substring(s, e)));
                continued.add(!previousBlank);
            }
            previousBlank = e == s;
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        Line title = null;
        List<String> boilerplate = new ArrayList<>();
        List<Line> paragraphs = new ArrayList<>();
        boolean previousWasParagraph = false;
        // under "Related news" and the like, the headlines listed are links, not story
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            int paragraphsBefore = paragraphs.size();
            Line lastBefore = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            boolean listLabel = title != null && isListLabel(t, lex);
            if (title == null) {
                if (!isHeadline(t, i + 1 < lines.size() ? lines.get(i + 1).text() : "", lex)) {
                    boilerplate.add(t);
                } else {
                    title = line;
                }
            } else if (isFurniture(t, lex) || isInlineHeadline(t, lex) || listLabel || inList && isListedHeadline(t)) {
                boilerplate.add(t);
                inList = inList || listLabel;
            } else if (continued.get(i) && previousWasParagraph && isWrapped(paragraphs.get(paragraphs.size() - 1))) {
                // hard-wrapped wire copy: a line that goes on mid-sentence belongs to the paragraph above
                Line above = paragraphs.remove(paragraphs.size() - 1);
                paragraphs.add(new Line(above.start(), line.end(), raw.substring(above.start(), line.end())));
            } else {
                paragraphs.add(line);
            }
            if (paragraphs.size() > paragraphsBefore) {
                inList = false;
            }
            previousWasParagraph = paragraphs.size() > paragraphsBefore
                    || !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1) != lastBefore;
        }
        return new Layout(title, boilerplate, paragraphs);
    }

    /**
     * The headline is the first line that is not furniture and has four words or more, or three
     * when a paragraph of text follows ("Markets Rally Again"); one- and two-word lines before
     * it are section labels ("Top Stories", "World News").
     */
    private static boolean isHeadline(String t, String next, Lexicon lex) {
        int words = wordCount(t);
        if (words < 3 || isGluedTags(t)) {
            return false;
        }
        if (words == 3) {
            // "Science & Environment" above a headline as long as a sentence is a section label: the line after a
            // headline of three words is a paragraph, which ends a sentence
            return !isFurnitureShape(t, lex) && wordCount(next) >= 12 && endsSentence(next.strip());
        }
        return !isFurniture(t, lex);
    }

    /** A label alone on its line that opens a list of links: "Related news", "Most read:", "Most read in Politics". */
    private static boolean isListLabel(String t, Lexicon lex) {
        String label = withoutLeadingSymbols(Texts.normalizeSpaces(t).toLowerCase(Locale.ROOT));
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).trim();
        }
        if (lex.listLabels.contains(label)) {
            return true;
        }
        for (String section : List.of(" in ", " from ", " on ")) {
            int at = label.indexOf(section);
            if (at > 0 && wordCount(label) <= 5 && lex.listLabels.contains(label.substring(0, at))) {
                return true;
            }
        }
        return false;
    }

    /** A line a list of links may hold: a headline, with no sentence end. */
    private static boolean isListedHeadline(String t) {
        return wordCount(t) <= 20 && !endsSentence(t) && !startsWithQuote(t);
    }

    /** A paragraph that stops mid-sentence goes on in the next line. */
    private static boolean isWrapped(Line above) {
        String a = above.text();
        char last = a.charAt(a.length() - 1);
        if ((Texts.isDoubleQuote(last) || last == '\u2019') && a.length() > 1) {
            // a quote closed with a comma goes on: "…,\u201D\nshe said."
            last = a.charAt(a.length() - 2);
        }
        return !(last == '.' || last == '?' || last == '!' || last == ':' || Texts.isDoubleQuote(last)
                || last == '\u2019' || last == ')');
    }

    private static String lastWord(String line) {
        String trimmed = line.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }

    static boolean isFurniture(String t, Lexicon lex) {
        // a one- to three-word line without sentence punctuation is a label, not a paragraph
        return isFurnitureShape(t, lex) || wordCount(t) <= 3 && !endsSentence(t) && !startsWithQuote(t);
    }

    private static boolean isFurnitureShape(String t, Lexicon lex) {
        int words = wordCount(t);
        if (isGluedTags(t) || isCounter(t) || isId(t)) {
            return true;
        }
        if (words > 25) {
            // every furniture shape below is short; a long line is story
            return false;
        }
        String lower = withoutLeadingSymbols(Texts.normalizeSpaces(t).toLowerCase(Locale.ROOT));
        for (String prefix : lex.boilerplatePrefixes) {
            // a teaser after a label with a colon ("Read more: <headline>") may be as long as a headline
            if (words <= 12 || prefix.endsWith(":") || lower.startsWith(prefix + ":")) {
                if (lower.startsWith(prefix) && (lower.length() == prefix.length()
                        || !Character.isLetterOrDigit(lower.charAt(prefix.length()))
                        || !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1)))) {
                    // a one-word label before a colon opens a teaser in any case: "Related: Peru's Congress approves …"
                    if (words <= 4 || prefix.indexOf(' ') > 0 || prefix.endsWith(":")
                            || lower.length() > prefix.length() && lower.charAt(prefix.length()) == ':') {
                        return true;
                    }
                }
            }
        }
        if (words <= 12 && !endsSentence(t) && separators(t) >= 2) {
            // section tags: "Markets · Asia · Corporate governance", "Environment | Science | Reef", "SPORT / FOOTBALL / CUP"
            return true;
        }
        if (words <= 6 && !endsSentence(t) && (t.contains(" | ") || t.contains(", ") && DESK_WORDS.contains(lastWord(lower)))) {
            // a byline with its desk: "Dragana Milić | Sports desk", "Kenji Arai, Tokyo bureau"
            return true;
        }
        if (words <= 12 && !endsSentence(t) && (t.contains("\u00BB") || t.contains("\u203A") || t.contains(" > "))) {
            // a breadcrumb trail: "Home » World » Americas"
            return true;
        }
        if (words <= 8 && (lower.contains("www.") || lower.contains("http://") || lower.contains("https://"))) {
            return true;
        }
        if ((lower.contains("newsletter") || lower.contains("your inbox"))
                && (lower.contains("sign up") || lower.contains("subscribe") || lower.contains("your inbox"))) {
            // "Get the Mindanao Briefing in your inbox every morning. Sign up here", "Sign up for X, our weekly newsletter on …"
            return true;
        }
        if (lower.contains("all rights reserved") || COPYRIGHT.matcher(lower).lookingAt()) {
            // "Copyright (c) Daily Nuri. All rights reserved. Unauthorized reproduction … prohibited."
            return true;
        }
        if (words <= 12 && lower.startsWith("follow ") && lower.contains(" on ")) {
            for (String w : lower.split("[^a-z]+")) {
                if (lex.socialNetworks.contains(w)) {
                    return true;
                }
            }
        }
        if (words <= READING_TIME_LINE_WORDS && (READING_TIME.matcher(lower).find() || TIME_AGO.matcher(lower).find())) {
            // "Sports Desk | 4 min read", "Updated June 27, 2025 at 9:41 a.m. JST · 6 min read"
            return true;
        }
        if (words <= 6 && lower.startsWith("by ") && !endsSentence(t) && words >= 2
                && Character.isUpperCase(t.charAt(3))) {
            return true;
        }
        if (TRAILING_CREDIT.matcher(lower).find()) {
            return true;
        }
        if (words <= 25 && t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open >= 0) {
                // from t, not lower: lower has lost the line's leading symbols
                String credit = t.substring(open + 1, t.length() - 1).toLowerCase(Locale.ROOT);
                if (CREDIT_DOMAIN.matcher(credit).matches() || credit.contains("photo")
                        || credit.contains("getty") || credit.contains("reuters") || credit.contains("afp")
                        || credit.equals("ap") || credit.contains("file") || credit.endsWith(" via ap")
                        || credit.endsWith(" via reuters") || credit.startsWith("courtesy") || credit.startsWith("supplied")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A label after a play button or a bullet is the same label: "▶ Listen to this article". */
    private static String withoutLeadingSymbols(String lower) {
        int i = 0;
        while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i)) && !Texts.isDoubleQuote(lower.charAt(i))) {
            i++;
        }
        return lower.substring(i);
    }

    private static int separators(String t) {
        int n = 0;
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '\u00B7' || c == '|' || c == '/') && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** Title-case lines inside the story without a full stop: teasers and ad headlines. */
    static boolean isInlineHeadline(String t, Lexicon lex) {
        if (t.endsWith(".") || t.endsWith(".\u201D") || t.endsWith(".\"") || startsWithQuote(t)) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length < 4 || words.length > 20) {
            return false;
        }
        int content = 0;
        int capitalised = 0;
        for (String w : words) {
            int skip = 0;
            while (skip < w.length() && !Character.isLetterOrDigit(w.charAt(skip))) {
                skip++;
            }
            String letters = w.substring(skip);
            if (letters.isEmpty()) {
                continue;
            }
            if (lex.functionWords.contains(letters.toLowerCase(Locale.ROOT)) && Character.isLowerCase(letters.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(letters.charAt(0)) || Character.isDigit(letters.charAt(0))) {
                capitalised++;
            }
        }
        return content >= 3 && capitalised * 10 >= content * 8;
    }

    /**
     * Category lines where tags are glued together: "Energy PolicyEditor's PicksEurope". A junction ends a
     * capitalised word (not "uMsobomvu", "eThekwini", "MacArthur", whose capitals are their own).
     */
    static boolean isGluedTags(String t) {
        int junctions = 0;
        for (int i = 1; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))) {
                int j = i - 1;
                while (j > 0 && Character.isLowerCase(t.charAt(j - 1))) {
                    j--;
                }
                if (i - j >= MIN_GLUED_WORD && j > 0 && Character.isUpperCase(t.charAt(j - 1))) {
                    junctions++;
                }
            }
        }
        return junctions >= 2 && !t.contains(". ");
    }

    private static boolean isCounter(String t) {
        return COUNTER.matcher(t).matches() || NUMERIC.matcher(t).matches();
    }

    /** A lone token mixing digits with hex letters or dashes: uuids, tracking ids. */
    private static boolean isId(String t) {
        if (t.length() < 8 || t.indexOf(' ') >= 0) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (!(c == '-' || c == '_' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return digits >= 3;
    }

    private static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u201D' || last == '"';
    }

    private static boolean startsWithQuote(String t) {
        return Texts.isDoubleQuote(t.charAt(0));
    }

    static int wordCount(String t) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Texts.isSpace(t.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
