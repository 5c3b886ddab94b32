package io.newswire.engine.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules use, loaded once from the data files beside this class. Every entry
 * is general news English; nothing here is specific to an article.
 */
final class Lexicon {

    /** How the reported content follows a verb of saying. */
    enum VerbClass { CLAUSE, THAT, TELL, POSITION }

    /** An entry of one or more lower-case words, looked up by its first word. */
    interface Phrase {
        String[] words();
    }

    /** A verb (possibly with a particle) matched on lower-case tokens. */
    record Verb(String cue, VerbClass verbClass, String[] words) implements Phrase {
    }

    /** A stance cue: polarity word, possibly multi-word. */
    record StanceCue(String kind, String[] words) implements Phrase {
    }

    record Place(String canonical, boolean capital) {
    }

    /**
     * Every data file the rules read. Reading any other fails, so that {@link #fingerprint()}
     * covers all the data the output depends on.
     */
    static final List<String> DATA_FILES = List.of("abbreviations.txt", "boilerplate-phrases.txt", "building-nouns.txt", "countries.txt",
            "document-nouns.txt", "evaluative-words.txt", "event-nouns.txt", "first-names.txt", "function-words.txt",
            "government-nouns.txt", "institutions.txt", "list-labels.txt", "negations.txt", "non-names.txt", "org-acronyms.txt", "org-heads.txt",
            "org-nouns.txt", "person-roles.txt", "place-nouns.txt", "places.txt", "portfolios.txt", "social-networks.txt",
            "speech-verbs.txt", "stance-cues.txt", "stance-model.txt", "stance-referents.txt", "surname-endings.txt", "titles.txt");

    /** Letters of the longest ending in surname-endings.txt, and the fewest a name keeps before one. */
    private static final int MAX_SURNAME_ENDING = 6;
    private static final int MIN_SURNAME_STEM = 3;

    private static final Lexicon INSTANCE = new Lexicon();

    final Map<String, List<Verb>> verbsByFirstWord = new HashMap<>();
    final Map<String, List<StanceCue>> stanceByFirstWord = new HashMap<>();
    /** Words that judge whatever a statement is about, without naming it: "protectionist", "in bad faith". */
    final Map<String, List<StanceCue>> toneByFirstWord = new HashMap<>();
    final Set<String> titleFirstWords = new HashSet<>();
    final Set<String> titleLastWords = new HashSet<>();
    /** Titles by first word, longest first. */
    final Map<String, List<String[]>> titlesByFirstWord = new HashMap<>();
    final Set<String> personRoles;
    final Set<String> orgHeads;
    final Set<String> documentNouns;
    final Set<String> governmentNouns;
    final Set<String> portfolios;
    final Set<String> placeNouns;
    final Set<String> buildingNouns;
    final Set<String> eventNouns;
    final Set<String> orgNouns;
    final Set<String> functionWords;
    final Set<String> abbreviations;
    final List<String> boilerplatePrefixes;
    final Set<String> socialNetworks;
    /** Labels of lists of links: "Related news", "Most read". */
    final Set<String> listLabels;
    final Set<String> negations;
    /** Capitalised words that name things, not entities ("MRI", "Alzheimer"), lower case. */
    final Set<String> nonNames;
    final Map<String, Character> firstNames = new HashMap<>();
    /** Folded endings of family names that say a person's gender: "-dottir", "-ova", "-ski". */
    final Map<String, Character> surnameEndings = new HashMap<>();
    /** folded place name or alias -> place. */
    final Map<String, Place> places = new HashMap<>();
    /** Canonical country names. */
    final Set<String> countryNames = new HashSet<>();
    /** lower-case demonym -> country. */
    final Map<String, String> demonyms = new HashMap<>();
    /** folded institution name -> canonical. */
    final Map<String, String> institutions = new HashMap<>();
    /** acronym as written -> full name. */
    final Map<String, String> acronyms = new HashMap<>();

    /** Lines of a gender letter and the words it holds for: "F mary maria", "M sson ski". */
    private static void readGendered(String resource, Map<String, Character> byWord) {
        for (String line : lines(resource)) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                byWord.put(parts[i], parts[0].charAt(0));
            }
        }
    }

    private static void readCues(String resource, Map<String, List<StanceCue>> byFirstWord) {
        for (String line : lines(resource)) {
            String[] parts = line.split("\\s+", 2);
            for (String form : forms(parts[1])) {
                String[] words = form.split(" ");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new StanceCue(parts[0], words));
            }
        }
    }

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        for (String line : lines("speech-verbs.txt")) {
            String[] parts = line.split("\\s+", 2);
            VerbClass verbClass = VerbClass.valueOf(parts[0]);
            for (String form : forms(parts[1])) {
                String[] words = form.split(" ");
                verbsByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Verb(form, verbClass, words));
            }
        }
        readCues("stance-cues.txt", stanceByFirstWord);
        readCues("evaluative-words.txt", toneByFirstWord);
        List<String[]> titles = new ArrayList<>();
        for (String line : lines("titles.txt")) {
            String[] words = line.split(" ");
            titles.add(words);
            titleFirstWords.add(words[0]);
        }
        titles.sort((a, b) -> b.length - a.length);
        for (String[] title : titles) {
            titleLastWords.add(title[title.length - 1]);
            titlesByFirstWord.computeIfAbsent(title[0], k -> new ArrayList<>()).add(title);
        }
        personRoles = set("person-roles.txt");
        orgHeads = set("org-heads.txt");
        documentNouns = set("document-nouns.txt");
        governmentNouns = set("government-nouns.txt");
        portfolios = set("portfolios.txt");
        placeNouns = set("place-nouns.txt");
        buildingNouns = set("building-nouns.txt");
        eventNouns = set("event-nouns.txt");
        orgNouns = set("org-nouns.txt");
        functionWords = set("function-words.txt");
        abbreviations = set("abbreviations.txt");
        boilerplatePrefixes = lines("boilerplate-phrases.txt");
        socialNetworks = set("social-networks.txt");
        listLabels = new HashSet<>(lines("list-labels.txt"));
        negations = set("negations.txt");
        nonNames = set("non-names.txt");
        readGendered("first-names.txt", firstNames);
        readGendered("surname-endings.txt", surnameEndings);
        for (String line : lines("countries.txt")) {
            String[] parts = line.split("\\|", -1);
            String country = parts[0];
            countryNames.add(country);
            places.put(Texts.fold(country), new Place(country, false));
            for (String demonym : split(parts[1])) {
                demonyms.put(demonym.toLowerCase(Locale.ROOT), country);
            }
            for (String capital : split(parts[2])) {
                places.put(Texts.fold(capital), new Place(country, true));
            }
            for (String alias : split(parts[3])) {
                places.put(Texts.fold(alias), new Place(country, false));
            }
        }
        for (String line : lines("places.txt")) {
            places.putIfAbsent(Texts.fold(line), new Place(line, false));
        }
        for (String line : lines("institutions.txt")) {
            String name = line.split("\\|")[0];
            institutions.put(Texts.fold(name), name);
        }
        for (String line : lines("org-acronyms.txt")) {
            String[] parts = line.split("\\|");
            acronyms.put(parts[0], parts[1]);
        }
    }

    boolean isTitleWord(String lower) {
        return titleFirstWords.contains(lower);
    }

    /** The gender a folded family name's ending says ("hallgrimsdottir" is F), or null. */
    Character genderOfSurname(String folded) {
        // the longest ending first: "-dzka" before "-ska"
        for (int i = Math.max(MIN_SURNAME_STEM, folded.length() - MAX_SURNAME_ENDING); i < folded.length(); i++) {
            Character g = surnameEndings.get(folded.substring(i));
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The lemma's regular inflections plus the irregular forms listed after '|'. */
    static List<String> forms(String spec) {
        String[] parts = spec.split("\\|");
        String lemma = parts[0].strip();
        List<String> out = new ArrayList<>();
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        String rest = space < 0 ? "" : lemma.substring(space);
        for (String inflected : inflect(head)) {
            out.add(inflected + rest);
        }
        if (parts.length > 1) {
            String extra = parts[1].strip();
            if (rest.isEmpty()) {
                for (String form : extra.split("\\s+")) {
                    out.add(form);
                }
            } else {
                // multi-word irregulars are listed whole, separated by the particle repeating
                String particle = rest.strip();
                for (String form : extra.split("\\s+")) {
                    if (!form.equals(particle)) {
                        out.add(form + rest);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> inflect(String w) {
        List<String> out = new ArrayList<>();
        out.add(w);
        boolean endsE = w.endsWith("e");
        boolean consonantY = w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2));
        String stem = consonantY ? w.substring(0, w.length() - 1) : w;
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        } else if (consonantY) {
            out.add(stem + "ies");
        } else {
            out.add(w + "s");
        }
        if (endsE) {
            out.add(w + "d");
            out.add(w.substring(0, w.length() - 1) + "ing");
        } else if (consonantY) {
            out.add(stem + "ied");
            out.add(w + "ing");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
            int n = w.length();
            if (n >= 3 && !isVowel(w.charAt(n - 1)) && "wxy".indexOf(w.charAt(n - 1)) < 0
                    && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))) {
                char last = w.charAt(n - 1);
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Set<String> set(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Non-empty, non-comment lines of a data file, stripped. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = open(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    out.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream open(String resource) {
        if (!DATA_FILES.contains(resource)) {
            throw new IllegalStateException("data file " + resource + " is not listed in Lexicon.DATA_FILES");
        }
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource);
        }
        return in;
    }

    /** The first 8 bytes, in hex, of the SHA-256 of all data files in {@link #DATA_FILES} order. */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : DATA_FILES) {
                try (InputStream in = open(resource)) {
                    sha.update(resource.getBytes(StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
