package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Named entities of one story: capitalised sequences split at titles and classified by
 * gazetteers, head words and context (a title before, a place or organisation noun beside, a
 * determiner); then surnames, first names, acronyms and shorter organisation names are merged
 * into the fullest form the story uses.
 */
final class Entities {

    /** One entity of the story. */
    static final class Cluster {
        EntityType type;
        String canonical;
        /** Set when the name comes from a gazetteer or an acronym list, not from the text. */
        boolean fixedName;
        final List<Span> mentions = new ArrayList<>();
        /** How many of the mentions, in text order, are full names (the first pass). */
        int fullMentions;
        /** M or F when the story writes a courtesy title of that gender before a mention ("Ms Urashima"), else null. */
        Character gender;

        Cluster(EntityType type, String canonical) {
            this.type = type;
            this.canonical = canonical;
        }

        @Override
        public String toString() {
            return type + ":" + canonical;
        }
    }

    /** A mention: tokens [first, last]. */
    record Span(int first, int last, String text, int start, int end) {
    }

    /** AFFILIATION: a name before a role ("Acme spokesman"), an organisation unless it is a known person. */
    private enum Kind { PERSON, ORG, LOCATION, AFFILIATION, UNKNOWN }

    private static final Map<String, Character> COURTESY_GENDER = Map.ofEntries(
            Map.entry("mr", 'M'), Map.entry("mrs", 'F'), Map.entry("ms", 'F'), Map.entry("miss", 'F'),
            Map.entry("mme", 'F'), Map.entry("madame", 'F'), Map.entry("monsieur", 'M'), Map.entry("sir", 'M'),
            Map.entry("dame", 'F'), Map.entry("herr", 'M'), Map.entry("frau", 'F'), Map.entry("señor", 'M'),
            Map.entry("señora", 'F'), Map.entry("sr", 'M'), Map.entry("sra", 'F'), Map.entry("signor", 'M'),
            Map.entry("signora", 'F'));

    private static final Set<String> PLURAL_ROLES = Set.of("officials", "analysts", "executives", "employees",
            "researchers", "scientists", "engineers", "economists", "strategists", "players", "lawyers", "officers",
            "leaders", "spokesmen", "staff", "workers", "members");

    /** Words of a place before a joined modifier: "Rio de Janeiro-based" is the longest kind. */
    private static final int MODIFIER_PLACE_WORDS = 2;
    private static final Set<String> COMPASS_WORDS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower", "South-East", "South-West", "North-East", "North-West",
            "Southeast", "Southwest", "Northeast", "Northwest");
    /** Roles named by the place they govern. */
    private static final Set<String> LOCAL_RULERS = Set.of("mayor", "governor", "prefect", "premier", "burgomaster");
    /** Words that name what follows in quotes as a title. */
    private static final Set<String> TITLE_NOUNS = Set.of("title", "titled", "entitled", "headlined", "headline");
    private static final Set<String> COMPANY_ABBREVIATIONS = Set.of("corp", "inc", "ltd", "co", "bros");
    /** How far before a name's apostrophe an opening quote mark may make it a closing one. */
    private static final int OPENING_MARK_WORDS = 12;
    /** The formations a court sits in, and the courts that sit in them. */
    private static final Set<String> COURT_FORMATIONS = Set.of("chamber", "bench", "panel");
    private static final Set<String> COURTS = Set.of("court", "tribunal");
    /** Heads of a country's missions abroad, named with their seat: "Embassy of Japan in the Philippines". */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "consulate-general", "mission", "delegation");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "las", "los", "da", "do", "dos",
            "das", "van", "von", "der", "den", "du", "le", "bin", "ibn", "al", "el", "y", "&", "for", "and", "pour", "des",
            "et", "für", "para", "por", "di", "della", "dei", "delle", "on", "con", "aux", "au", "sur", "en", "zur", "zum",
            // particles of persons' names: "Kibet arap Tuitoek", "Lemayian ole Sankale", "Nur binti Ahmad", "Ulla af Klint",
            // "Rhodri ap Iestyn", "Nia ferch Gruffudd"
            "wa", "arap", "ole", "binti", "bint", "ben", "af", "ter", "dela", "delos", "zu", "vom", "dal", "dalla", "degli",
            "ap", "ferch", "verch",
            // Faroese and Icelandic place particles: "Rói við Gjógv", "Jóannes í Túni", "Sámal á Ryggi"
            "við", "í", "á",
            // Portuguese "in the": "Sindicato dos Trabalhadores nas Indústrias Têxteis"
            "nas", "nos",
            // Swahili "of": "Jumuiya ya Wafugaji", "Sauti ya Nyika"
            "ya",
            // "and" and "of" in names in other languages: "Wirtschaft und Klimaschutz", "Ulaştırma ve Altyapı",
            // "Energi dan Sumber Daya", "Ciência e Tecnologia", "Rolnictwa i Rozwoju", "Bangko Sentral ng Pilipinas",
            // "Sosaiete o Tagata", "Komisyon sa Wikang Filipino", "Dëgg ak Yoon"
            "und", "ve", "dan", "e", "i", "och", "og", "ng", "o", "sa", "ak");
    /** Words that open a description in commas after a name. */
    private static final Set<String> DESCRIPTION_OPENINGS = Set.of("a", "an", "the", "one");
    /** How far a description in commas after a name may run before its speech verb. */
    private static final int DESCRIPTION_WORDS = 14;
    /** The words a body's own name follows in a relative clause: "The coalition, which calls itself Ertad,". */
    static final List<String> CALLS_ITSELF = List.of("which", "calls", "itself");
    /** Words between a body's noun and the name it goes by. */
    private static final List<List<String>> SELF_NAMING = List.of(CALLS_ITSELF, List.of("which", "is", "known", "as"),
            List.of("known", "as"), List.of("which", "goes", "by", "the", "name"), List.of("formally"), List.of("officially"));
    private static final Set<String> ENGLISH_CONNECTORS = Set.of("of", "and", "for", "on", "&");
    /** "of" and "and" in names in other languages, where a list of fields in a body's name may run. */
    private static final Set<String> FOREIGN_OF = Set.of("de", "del", "di", "für", "do", "da", "des", "du");
    private static final Set<String> FOREIGN_AND = Set.of("y", "e", "i", "und", "ve", "dan", "og", "och", "et");
    /** Words that qualify a portfolio before a title: "Federal Environment Minister", "Shadow Health Secretary". */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("federal", "state", "provincial", "regional", "deputy",
            "acting", "junior", "shadow", "interim", "former");
    /** Small words that may join the words of a name an acronym spells out. */
    private static final Set<String> JOINING_WORDS = union(CONNECTORS, Set.of("in", "the", "e", "per", "und", "voor", "en"));
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> STATE_BODIES = Set.of("ministry", "department", "embassy", "agency", "army",
            "navy", "police", "parliament", "office");
    private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    /** Words that say whose a body is, not what it does: "the state marine research agency". */
    private static final Set<String> GENERIC_BODY_MODIFIERS = Set.of("state", "national", "federal", "public", "official",
            "government", "main", "top", "independent", "new", "own");
    /** Lower-case words in commas after a name up to its role: "chief executive", "senior vice president". */
    private static final int BARE_ROLE_WORDS = 3;
    /** Names of a list on each side of one of them that are looked at: "in Finnmark, Troms and Nordland". */
    private static final int LIST_ITEMS = 12;
    /** Tokens a list of names before the noun that says what they are may run to. */
    private static final int LIST_WORDS = 12;
    private static final Set<String> LOCATIVE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "to",
            "into", "around", "outside", "inside");
    /** Prepositions that put a bare name in a place's position ("in X", unlike "at X" or "to X", said of companies too). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "around", "outside", "inside",
            "throughout", "neighbouring", "neighboring");

    /** Prepositions that put a building where something happens: "at Government House", "outside the Civic Centre". */
    private static final Set<String> SITE_PREPOSITIONS = Set.of("at", "outside", "inside", "near", "in", "into");
    /** The levels of local government a council is written with: "the Äkäsvaara municipal council". */
    private static final Set<String> LOCAL_LEVELS = Set.of("municipal", "city", "town", "county", "district", "regional",
            "village", "parish", "borough", "provincial");
    private static final Set<String> ORIGIN_SUFFIXES = Set.of("born", "owned", "led", "backed", "registered", "funded",
            "linked", "allied", "wide");
    /** Nouns after two names joined by a dash that say the names are places: "the Tczew–Słupsk line". */
    private static final Set<String> ROUTE_NOUNS = Set.of("line", "route", "border", "corridor", "railway", "road",
            "highway", "motorway", "pipeline", "link", "flight", "flights", "crossing", "frontier", "connection");
    /** Nouns after two names joined by a dash that say the dash pairs them: "the Velmora–Ostgard merger". */
    private static final Set<String> PAIRING_NOUNS = Stream.concat(ROUTE_NOUNS.stream(),
            Stream.of("merger", "deal", "talks", "match", "derby", "summit", "dispute", "rivalry")).collect(Collectors.toUnmodifiableSet());
    /** Capitals glued to an amount: "RM2.4", "RM12". */
    private static final Pattern GLUED_AMOUNT = Pattern.compile("[A-Z]{1,3}\\d{1,6}(?:[.,]\\d{1,3})?");
    private static final Set<String> MAGNITUDES = Set.of("million", "billion", "trillion", "bn", "m", "mn", "crore", "lakh");
    /** Political leanings, which describe parties and movements, not persons: "the centre-left Sociale Koers". */
    private static final Set<String> LEANINGS = Set.of("centre-left", "center-left", "centre-right", "center-right",
            "left-wing", "right-wing", "far-right", "far-left", "centrist", "leftist", "hard-right", "hard-left");
    /** What a body has and a person does not: "Duurzaam Vlaanderen's leader", "X's members". */
    private static final Set<String> BODY_PARTS = Set.of("leader", "leaders", "leadership", "members", "membership",
            "chairman", "chairwoman", "secretary-general", "headquarters", "board");
    /** Words that make a place's name a sports club's: "Club Atlético", "FC", "Sporting". */
    private static final Set<String> CLUB_WORDS = Set.of("club", "fc", "cf", "afc", "sc", "cd", "sd", "ud", "atlético",
            "atletico", "deportivo", "sporting", "athletic");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");
    /** Letters after a person's name: senior counsel, honours. */
    private static final Set<String> POST_NOMINALS = Set.of("SC", "KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE");
    /** Last words of the names of laws, treaties and plans, which are not entities: "the Clean Air Act". */
    private static final Set<String> LAW_NOUNS = Set.of("act", "treaty", "accord", "accords", "agreement", "convention",
            "protocol", "pact", "directive", "regulation", "bill", "doctrine", "declaration", "charter", "amendment", "law",
            "covenant", "statute");
    /** Heads of bodies that make laws named after them: "International Labour Organization Convention 169". */
    private static final Set<String> LAW_MAKERS = Set.of("organization", "organisation", "union", "council", "assembly",
            "parliament", "commission", "nations");
    /** Adjectives of regions and peoples without one country: not mentions, like "French". */
    private static final Set<String> ADJECTIVES_OF_REGION = Set.of("european", "asian", "african", "nordic", "scandinavian",
            "arab", "latin", "korean", "balkan", "kurdish");
    /** First words of place names in many languages: "Puerto Limón", "São Tomé", "Fort Worth". */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("Puerto", "Porto", "Port", "San", "Santa", "Santo", "São",
            "Sao", "Saint", "Sainte", "Fort", "Mount", "Lake", "Cape", "Ciudad", "Nueva", "Nuevo", "Villa", "Isla", "Bahía",
            "Bad", "Sankt", "St", "Ste", "Mt", "Ft", "Pulau", "Kampung", "Bukit", "Sungai", "Teluk", "Tanjung", "Kuala",
            // natural features named first: "Salar de Atacama", "Cerro Rico", "Coll de Fadas", "Gunung Rinjani"
            "Salar", "Cerro", "Río", "Lago", "Laguna", "Volcán", "Golfo", "Lac", "Mont", "Coll", "Pico", "Playa", "Gunung",
            "Danau", "Loch");
    /** Words that end names of places and no person's name: natural features. */
    private static final Set<String> PLACE_ENDINGS = Set.of("shoal", "reef", "atoll", "archipelago", "island",
            "islands", "strait", "sea", "ocean", "gulf", "peninsula", "river", "mountains", "desert", "lagoon",
            "plateau", "basin", "delta", "canyon", "glacier", "building", "tower", "pradesh", "oblast", "krai", "voivodeship",
            "prefecture", "canton");
    /** Compass words that end a place's name after "del" ("Lanao del Sur"); "do Norte" also ends clubs' names. */
    private static final Set<String> COMPASS_ENDINGS = Set.of("sur", "norte", "este", "oeste");
    /** Romance-language place heads that open the name of a street, square, stadium or palace ("Avenida Paulista"). */
    private static final Set<String> PLACE_HEADS_FIRST = Set.of("Avenida", "Rua", "Calle", "Plaza", "Praça", "Piazza",
            "Rue", "Estadio", "Estádio", "Stade", "Stadio", "Palais", "Palacio", "Palácio", "Palazzo", "Palace");
    private static final Set<String> DEMONYM_BODIES = Set.of("ministry", "embassy", "consulate");
    /** Stands for two organisations sharing the same first words: neither is meant. */
    private static final Cluster AMBIGUOUS = new Cluster(EntityType.ORG, "");
    /** Words after the head noun of a description: "a charity based in", "the sponsor since 2019". */
    private static final Set<String> AFTER_DESCRIPTION_HEAD = Set.of("in", "of", "that", "which", "who", "whose", "based",
            "near", "on", "since", "for", "with", "at", "from", "responsible");
    private static final Set<String> CLAUSE_PARTICIPLES = Set.of("founded", "formed", "led", "owned", "run", "created",
            "backed", "known", "called", "set", "registered", "funded");
    /** Tokens a translation in brackets, or a name in another language before one, may run to. */
    private static final int GLOSS_WORDS = 10;
    private static final Pattern SYLLABIC_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{2,5}");
    private static final int ROLE_COMPLEMENT_WORDS = 6;
    private static final Set<String> ROLE_COMPLEMENT_PREPOSITIONS = Set.of("to", "of", "for", "at", "in");
    /** The common noun for the holder of a title: "the judge" after "Justice Roe". */
    private static final Map<String, String> ROLE_OF_TITLE = Map.of("justice", "judge", "advocate", "lawyer", "counsel", "lawyer");
    /** Verbs by which someone takes on a role, named after them: "became chief executive", "was named head coach". */
    private static final List<List<String>> TAKING_A_ROLE = List.of(List.of("became"), List.of("becomes"),
            List.of("was", "named"), List.of("was", "appointed"), List.of("was", "elected"), List.of("was", "made"),
            List.of("took", "over", "as"), List.of("serves", "as"), List.of("served", "as"), List.of("stepped", "in", "as"));
    /** Titles that, with their remit, name an office acting as a body: "Commissioner for Human Rights". */
    private static final Set<String> OFFICE_TITLES = Set.of("commissioner", "ombudsman", "director", "registrar", "controller",
            "auditor", "inspector", "advocate", "attorney", "comptroller", "procurator", "prosecutor");
    /** How many words a title's portfolio may run to before a name: "of State for Foreign Affairs". */
    private static final int PORTFOLIO_WORDS = 6;
    /** How many words a role taken on may run to: "chief executive officer". */
    private static final int ROLE_WORDS = 4;
    private static final Set<String> PREPOSITIONS_BEFORE_BODY = Set.of("in", "of", "at", "for", "from", "with", "to", "by");
    private static final Set<String> BRACKETED_COMPANY_FORMS = Set.of("pty", "pvt", "private");
    /** Words that say when someone held a role, before the role: "a former postdoctoral researcher". */
    private static final Set<String> TENURE_WORDS = Set.of("former", "late", "outgoing", "incoming", "acting", "interim");
    /** The most words a person's name with no first name we know runs to: "Au Duong Ngoc Han". */
    private static final int MAX_NAME_WORDS = 5;
    /** The most letters a rank after a name runs to: "SAN", "QC". */
    private static final int POST_NOMINAL_LETTERS = 4;
    /**
     * Common words that, capitalised inside a sentence before a name, are the name's: "the Second District Court",
     * "the New Market Traders' Association", and the Irish article of "An Bord Pleanála".
     */
    private static final Set<String> NAME_OPENING_WORDS = Set.of("first", "second", "third", "new", "old", "an");
    /** Organisation nouns that follow a company's own name ("Acme shares"), unlike "Larger rival". */
    private static final Set<String> STOCK_WORDS = Set.of("shares", "stock", "stocks", "stake", "brand", "headquarters",
            "subsidiary", "unit");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization", "party",
            "militia", "faction", "association");
    /** Words, besides function words, of the shortest quoted title: "“Growth First”". */
    private static final int TITLE_WORDS = 2;
    /** Words of the longest name that may stand quoted alone. */
    private static final int QUOTED_NAME_WORDS = 3;
    /** Abbreviations that open a place's name before its period: "St. Moritz", "Mt. Kenya". */
    private static final Set<String> SAINT_ABBREVIATIONS = Set.of("st", "ste", "mt", "ft");
    private static final Set<String> SPANISH_ARTICLES = Set.of("Los", "Las", "El", "La");

    private final Doc doc;
    private final Lexicon lex = Lexicon.get();
    final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> countries = new HashMap<>();
    /** Capital city -> its country's name. */
    private final Map<Cluster, String> capitalOf = new HashMap<>();
    /** Role word before a person's name ("spokeswoman Jane Roe") -> token positions and holders, in text order. */
    private final Map<String, List<Span>> roleMentions = new HashMap<>();
    private final Map<Span, Cluster> roleHolder = new HashMap<>();
    /** Head word of organisation names ("ministry") -> mentions of those organisations, in text order. */
    private final Map<String, List<Span>> orgMentionsByHead = new HashMap<>();
    /** Letters after a name, and whether the story writes them nowhere else. */
    private Map<String, Boolean> postNominalOnly;
    private final Cluster[] clusterAt;
    /** Tokens of letters after a person's name ("SC"), which stand for that person though no part of the name. */
    private final List<Integer> postNominals = new ArrayList<>();
    /** The court named most so far after each mention of a court ({@link #mainCourtBefore}); built on first use. */
    private Cluster[] mainCourtAt;
    /** Country that a demonym token stands for, by token index. */
    private final String[] demonymAt;
    private final Set<String> lowerVocabulary = new HashSet<>();
    private final Set<String> repeatedLowerWords = new HashSet<>();
    /** Initials of the laws and treaties named so far ("DMA"), which are not entities either. */
    private final Set<String> lawAcronyms = new HashSet<>();
    /** Tokens of a name that the acronym in brackets after it spells out. */
    private final boolean[] spelledOut;
    private final boolean[] quotedTitles;
    /** Words seen capitalised inside a sentence, where capitals mean a name. */
    private final Set<String> midSentenceCapitals = new HashSet<>();
    /** The words of each organisation's first-written name, and the organisations by those words; built on first use. */
    private Map<Cluster, Set<String>> orgNameWords;
    private Map<String, List<Cluster>> orgsByNameWord;

    private record Chunk(int first, int last, Kind kind, boolean titled) {
    }

    Entities(Doc doc) {
        this.doc = doc;
        this.clusterAt = new Cluster[doc.size()];
        this.demonymAt = new String[doc.size()];
        this.spelledOut = new boolean[doc.size()];
        this.quotedTitles = quotedTitles();
        for (Token t : doc.tokens) {
            if (t.isWord() && !t.isCapitalised() && !lowerVocabulary.add(t.lower)) {
                repeatedLowerWords.add(t.lower);
            }
        }
        for (int i = 1; i < doc.size(); i++) {
            Token t = doc.token(i);
            Token prev = doc.token(i - 1);
            if (t.isCapitalised() && prev.sentence == t.sentence && prev.isWord() && !prev.isTerminal()) {
                midSentenceCapitals.add(t.lower);
            }
        }
        spelledOutAcronyms();
        List<Chunk> chunks = new ArrayList<>();
        int n = doc.size();
        int i = 0;
        while (i < n) {
            Token t = doc.token(i);
            if (!t.isCapitalised() && !isTitleToken(t) || t.quote >= 0 && quotedTitles[t.quote]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && continues(j)) {
                j++;
            }
            if (j + 1 < n && NAME_SUFFIXES.contains(doc.token(j).lower) && doc.token(j + 1).isPunct('.')
                    && doc.token(j + 1).start == doc.token(j).end) {
                // "Ferdinand Okoro Jr.": the suffix keeps its period
                j++;
            }
            if (j > i + 1 && POST_NOMINALS.contains(doc.token(j).text) && doc.token(j - 1).isCapitalised()
                    && !doc.token(j - 1).isAllCaps()) {
                // "Anneliese ter Horst SC": a barrister's or an honour's letters after a name are no part of it,
                // though they stand with it ("her barrister, X SC, argued")
                splitAndClassify(i, j - 1, chunks);
                postNominals.add(j);
                i = j + 1;
                continue;
            }
            if (j > i && isLocationModifier(doc.token(j)) && j - i <= MODIFIER_PLACE_WORDS) {
                // "a São Paulo-based fund": the place before the suffix, found with the other modifiers
                i = j + 1;
                continue;
            }
            splitAndClassify(i, j, chunks);
            i = j + 1;
        }
        cluster(chunks);
        for (int k : postNominals) {
            int name = doc.token(k - 1).isPunct(',') ? k - 2 : k - 1;
            if (clusterAt[name] != null && clusterAt[name].type == EntityType.PERSON) {
                clusterAt[k] = clusterAt[name];
            }
        }
        genderByCourtesyTitle();
    }

    private void genderByCourtesyTitle() {
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            for (Span m : c.mentions) {
                int k = m.first() - 1;
                if (k > 0 && doc.token(k).isPunct('.')) {
                    k--;
                }
                Character g = k >= 0 ? COURTESY_GENDER.get(doc.token(k).lower) : null;
                if (g != null) {
                    // a story that writes both ("Mr Roe", later "Ms Roe") names two people or errs; trust neither
                    c.gender = c.gender == null || c.gender.equals(g) ? g : Character.valueOf('U');
                }
            }
        }
    }

    Cluster at(int token) {
        return token >= 0 && token < clusterAt.length ? clusterAt[token] : null;
    }

    String demonymAt(int token) {
        return token >= 0 && token < demonymAt.length ? demonymAt[token] : null;
    }

    /** Whether quote q is in title case: a title, neither a statement nor a name ({@link #quotedTitles()}). */
    boolean isQuotedTitle(int q) {
        return quotedTitles[q];
    }

    /**
     * Quotes in title case, by quote index: the titles of reports, papers and films ("under the
     * title “Selective Outcome Reporting in the Phase 2 Trial”"), whose capitals name nothing.
     */
    private boolean[] quotedTitles() {
        boolean[] out = new boolean[doc.quotes.size()];
        for (int q = 0; q < out.length; q++) {
            Quote quote = doc.quotes.get(q);
            int words = 0;
            int capitalised = 0;
            boolean sentence = false;
            boolean named = quote.open > 0 && TITLE_NOUNS.contains(doc.token(quote.open - 1).lower);
            for (int k = quote.first; k <= quote.last; k++) {
                Token t = doc.token(k);
                // "under the title “Who Really Picks This Team, and Why?”": a named title may end in a question,
                // and a title may ask one before its subtitle: "“Who Gets to Decide? Thresholds and Trust”"
                sentence |= t.isTerminal() && !(named && k == quote.last)
                        && !(t.isPunct('?') && k < quote.last && doc.token(k + 1).isCapitalised());
                if (t.isWord() && (t.isCapitalised() || !lex.functionWords.contains(t.lower))) {
                    words++;
                    capitalised += t.isCapitalised() || t.kind == Token.Kind.NUMBER ? 1 : 0;
                }
            }
            // a quote after "titled" is a title however it is cased: "titled “A Water World Around TOI-8823 b”"
            out[q] = !sentence && (named || words >= TITLE_WORDS && doc.token(quote.first).isCapitalised() && capitalised == words
                    && !(words <= QUOTED_NAME_WORDS && holdsGivenName(quote)));
        }
        return out;
    }

    /** A short quote with a given name in it is a quoted name, no title: "“Maria Lopez”". */
    private boolean holdsGivenName(Quote quote) {
        for (int k = quote.first; k <= quote.last; k++) {
            if (lex.firstNames.containsKey(Texts.fold(doc.token(k).text))) {
                return true;
            }
        }
        return false;
    }

    /** The organisation with this head word in its name mentioned last before token k ("the ministry"), or null. */
    Cluster lastOrganisationWithHead(String head, int k) {
        Span found = lastMentionWithHead(head, k);
        return found == null ? null : clusterAt[found.first()];
    }

    /**
     * The court named most often before token k, the first named on a tie: in a story about a High Court judgment that
     * mentions the lower court it overturned, "the court" is the High Court.
     */
    Cluster mainCourtBefore(int k) {
        List<Span> spans = orgMentionsByHead.get("court");
        if (spans == null) {
            return null;
        }
        if (mainCourtAt == null) {
            // the leader after each mention, worked out once: a long story asks for every "the court"
            mainCourtAt = new Cluster[spans.size()];
            Map<Cluster, Integer> counts = new HashMap<>();
            Cluster best = null;
            for (int i = 0; i < spans.size(); i++) {
                Cluster c = clusterAt[spans.get(i).first()];
                int n = counts.merge(c, 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = c;
                }
                mainCourtAt[i] = best;
            }
        }
        int last = lastIndexBefore(spans, k);
        return last < 0 ? null : mainCourtAt[last];
    }

    /** The organisation a definite head noun means before token k: the main court for "the court", else the one last named. */
    Cluster organisationMeantBy(String head, int k) {
        return head.equals("court") ? mainCourtBefore(k) : lastOrganisationWithHead(head, k);
    }

    private Span lastMentionWithHead(String head, int k) {
        return lastBefore(orgMentionsByHead.get(head), k);
    }

    /** The last of these spans (sorted by start) that starts before token k, or null. */
    private static Span lastBefore(List<Span> spans, int k) {
        int index = lastIndexBefore(spans, k);
        return index < 0 ? null : spans.get(index);
    }

    /** The index of the last of these spans (sorted by start) that starts before token k, or -1. */
    private static int lastIndexBefore(List<Span> spans, int k) {
        if (spans == null) {
            return -1;
        }
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).first() < k) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Who acts when a place acts: "Washington said" is the United States; other entities are themselves. */
    Cluster actor(Cluster c) {
        String country = c == null ? null : capitalOf.get(c);
        return country == null ? c : country(country);
    }

    /** Whether a place is a country, or a capital standing for one: a place that can act. */
    boolean isCountryOrCapital(Cluster c) {
        return c.type == EntityType.LOCATION && (lex.countryNames.contains(c.canonical) || capitalOf.containsKey(c));
    }

    /** Whether an actor can say or do something: a person, a body, or a place that is a country or its capital. */
    boolean canAct(Cluster c) {
        return c.type != EntityType.LOCATION || isCountryOrCapital(c);
    }

    /** The organisation the story mentions most, or null. */
    Cluster mainOrganisation() {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (c.type == EntityType.ORG && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        return best;
    }

    /** The entity that passes the test and is mentioned more often than any other that does, or null. */
    Cluster mostMentioned(Predicate<Cluster> test) {
        Cluster best = null;
        int runnerUp = 0;
        for (Cluster c : clusters) {
            if (!test.test(c)) {
                continue;
            }
            if (best == null || c.mentions.size() > best.mentions.size()) {
                runnerUp = best == null ? 0 : best.mentions.size();
                best = c;
            } else {
                runnerUp = Math.max(runnerUp, c.mentions.size());
            }
        }
        return best != null && best.mentions.size() > runnerUp ? best : null;
    }

    /** The person last introduced with this role before the token ("the spokeswoman"), or null. */
    Cluster roleHolderBefore(String role, int token) {
        return roleHolderBefore(role, token, null);
    }

    /**
     * The person last introduced with this role before token k, unless a word that qualified the role there differs
     * from the qualifier now: "the Basque rider" is not the one introduced as "Portuguese rider X".
     */
    Cluster roleHolderBefore(String role, int k, Token qualifier) {
        Span found = lastBefore(roleMentions.get(role), k);
        if (found == null) {
            return null;
        }
        int before = found.first() - 2;
        if (qualifier != null && before >= 0 && doc.token(found.first() - 1).is(role) && doc.token(before).isCapitalised()
                && !doc.token(before).lower.equals(qualifier.lower) && !lex.functionWords.contains(doc.token(before).lower)) {
            return null;
        }
        return roleHolder.get(found);
    }

    /** The person first introduced with this role after token k and before token limit ("A judge … Justice Roe"), or null. */
    Cluster roleHolderAfter(String role, int k, int limit) {
        List<Span> spans = roleMentions.get(role);
        int next = lastIndexBefore(spans, k + 1) + 1;
        return spans != null && next < spans.size() && spans.get(next).first() < limit ? roleHolder.get(spans.get(next)) : null;
    }

    /** The country for a country name or demonym, creating an entity when the story has none. */
    Cluster country(String canonical) {
        return countries.computeIfAbsent(canonical, name -> {
            Cluster c = new Cluster(EntityType.LOCATION, name);
            c.fixedName = true;
            clusters.add(c);
            return c;
        });
    }

    private boolean isTitleToken(Token t) {
        return t.isWord() && t.lower.contains("-") && lex.isTitleWord(t.lower.substring(t.lower.indexOf('-') + 1))
                && Character.isUpperCase(t.text.charAt(t.text.indexOf('-') + 1));
    }

    /**
     * Marks the words of a name that an acronym in the article spells out, whatever small words join them:
     * "Organization for Security and Co-operation in Europe" when the story also writes "OSCE".
     */
    private void spelledOutAcronyms() {
        Set<String> acronyms = new HashSet<>();
        for (Token t : doc.tokens) {
            if (t.isAllCaps() && t.isWord() && t.text.length() >= 3) {
                acronyms.add(t.text);
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        for (int first = 0; first < doc.size(); first++) {
            if (!doc.token(first).isCapitalised() || lex.functionWords.contains(doc.token(first).lower)
                    || first > 0 && doc.token(first - 1).isCapitalised() && !lex.functionWords.contains(doc.token(first - 1).lower)) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            boolean joined = false;
            for (int k = first; k < doc.size() && k < first + 14 && doc.token(k).sentence == doc.token(first).sentence; k++) {
                Token t = doc.token(k);
                if (!t.isCapitalised() && !isElidedName(t)) {
                    if (!(t.isWord() && JOINING_WORDS.contains(t.lower))) {
                        break;
                    }
                    joined = true;
                    continue;
                }
                appendCapitals(initials, t.text);
                boolean runEnds = k + 1 >= doc.size() || !doc.token(k + 1).isCapitalised();
                if (joined && runEnds && acronyms.contains(initials.toString())) {
                    for (int m = first; m <= k; m++) {
                        spelledOut[m] = true;
                    }
                    break;
                }
            }
        }
    }

    /** The initials of the capitalised words in [first, last], with those of capitalised parts of joined words. */
    private String capitalInitials(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            appendCapitals(sb, doc.token(k).text);
        }
        return sb.toString();
    }

    private boolean continues(int j) {
        if (isInsideNickname(j)) {
            return true;
        }
        if (spelledOut[j] && spelledOut[j + 1]) {
            return true;
        }
        Token cur = doc.token(j);
        Token next = doc.token(j + 1);
        if (next.sentence != cur.sentence || next.quote != cur.quote) {
            return false;
        }
        if (next.isCapitalised() || isElidedName(next) && (cur.isCapitalised() || CONNECTORS.contains(cur.lower))) {
            // "Côte d'Ivoire", "Institut des Langues de l'Asie Ancienne": an elided article goes on with the name
            return true;
        }
        if (next.isPunct('.') && cur.end == next.start && SAINT_ABBREVIATIONS.contains(cur.lower) && j + 2 < doc.size()
                && doc.token(j + 2).isCapitalised() && doc.token(j + 2).sentence == cur.sentence) {
            // "St. Moritz", "Mt. Kenya"
            return true;
        }
        if (isDashInsideName(j) || isSlashedCompanyForm(j) || isBracketedCompanyForm(j)) {
            return true;
        }
        if (cur.isCapitalised() && !next.isCapitalised() && next.text.indexOf('.') > 0 && lex.orgHeads.contains(next.lower)) {
            // "Vagónka Pernštejnec a.s.", "Stavby Morava s.r.o.": a company form written in lower case
            return true;
        }
        if (isPossessiveInsideName(j) || isCommaInsideName(j) || isApostropheEndingNameWord(j)) {
            return true;
        }
        if (next.is("in") && MISSIONS.contains(cur.lower) && j + 2 < doc.size() && doc.token(j + 2).sentence == cur.sentence
                && lex.places.containsKey(Texts.fold(doc.token(j + 2).text))) {
            // "the U.S. Embassy in Manila": a mission is named with the place it sits in
            return true;
        }
        if (isInsideGermanPrepositionalName(j)) {
            return true;
        }
        if (cur.isCapitalised() && isIrishArticle(j + 1)) {
            // "Mac an tSaoir", "Gleann an Fhiaidh", "Conradh na Gaeilge": an Irish article inside a name
            return true;
        }
        if (CONNECTORS.contains(next.lower) || next.lower.equals("the") && CONNECTORS.contains(cur.lower)) {
            // "Bank of England", "Banco de la Nación", "Church of the Holy Cross"
            int k = j + 1;
            while (k < doc.size() && k <= j + 3 && (CONNECTORS.contains(doc.token(k).lower) || doc.token(k).is("the"))
                    && !doc.token(k).isCapitalised()) {
                k++;
            }
            if (k < doc.size() && k <= j + 3 && (doc.token(k).isCapitalised() || isElidedName(doc.token(k)))
                    && doc.token(k).sentence == cur.sentence) {
                String connector = next.lower;
                if (connector.equals("&")) {
                    // "Hollis & Marr": an ampersand joins the names of one firm
                    return k == j + 2;
                }
                if (connector.equals("on")) {
                    // "Intergovernmental Panel on Climate Change", "Committee on Foreign Affairs"; not "Acme Mining on Monday"
                    return k == j + 2 && lex.orgHeads.contains(cur.lower) && !Words.WEEKDAYS.contains(doc.token(k).lower)
                            && !Words.MONTHS.contains(doc.token(k).lower);
                }
                if (connector.equals("for")) {
                    // "Authority for the Financial Markets", "Court of Arbitration for Sport", "Minister of State for Sport",
                    // "Minister for Finance"
                    return lex.orgHeads.contains(cur.lower) || ofOrgHeadBefore(j)
                            || k == j + 2 && (isPortfolioOfTitle(j) || cur.isCapitalised() && isTitleWordAt(j)
                                    && !OFFICE_TITLES.contains(cur.lower));
                }
                if (connector.equals("and")) {
                    // "Securities and Exchange Commission", "Bureau of Fisheries and Aquatic Resources";
                    // not "the Company and the University", nor "AIMS and Capricorn Coast University"
                    // ("Ministry of Water Resources and Irrigation": a field after "of" may itself be a head word)
                    return k == j + 2 && !cur.isAllCaps() && (!lex.orgHeads.contains(cur.lower)
                            && (endsInOrgHead(k) || endsInLawNoun(k)) || ofOrgHeadBefore(j) && endsTheRun(k) || isPortfolioOfTitle(j));
                }
                if (connector.equals("of") && j + 2 < k && doc.token(j + 2).is("the") && isTitleWordAt(j) && !orgHeadInRun(j)
                        && endsInOrgHead(k)) {
                    // "the Chairman of the Kelso Energy Board": a title, then the body it heads;
                    // not "Minister of the Interior", nor "Court of Justice of the European Union"
                    return false;
                }
                if (connector.equals("of") && j + 2 < k && doc.token(j + 2).is("the") && isCourtFormation(j, k)) {
                    // "the Grand Chamber of the Court of Justice", "a full Bench of the High Court": a court sits in a
                    // formation, and the court is who rules
                    return false;
                }
                if (connector.equals("of") && (isAbbreviatedAlone(k) || isOwnerOfName(k))) {
                    // "the Monetary Policy Council of Narodowy Bank Polski (NBP)": the acronym names the body after "of";
                    // "the Taiwan Affairs Office of China's State Council": the owner after "of" names a body of its own
                    return false;
                }
                if (connector.equals("of")) {
                    // "Bank of England", "Secretary of State", "United States of America";
                    // not "Jane Roe of Acme University"
                    // nor "Chamber of Mines of Zambia", "Centre for Settlement of Investment Disputes": an organisation's head before
                    return lex.orgHeads.contains(cur.lower) || LAW_NOUNS.contains(cur.lower) || orgHeadInRun(j) || isTitleWordAt(j)
                            || opensPortOf(j) || PLACE_HEADS_FIRST.contains(cur.text)
                            || lex.places.containsKey(Texts.fold(cur.text)) || cur.isAllCaps()
                            || lex.places.containsKey(Texts.fold(doc.raw.substring(doc.token(Math.max(0, j - 1)).start, cur.end)));
                }
                return !connector.equals("the") || CONNECTORS.contains(cur.lower);
            }
        }
        return isSmallWordOfGlossedName(j);
    }

    /**
     * Whether token j and the next belong to 'Arnel “Jun” Macaraeg': one or two capitalised words
     * in quote marks between two capitalised words of a name, the nickname inside it.
     */
    private boolean isInsideNickname(int j) {
        for (int open = Math.max(1, j - 2); open <= j + 1 && open < doc.size(); open++) {
            Token mark = doc.token(open);
            Token before = doc.token(open - 1);
            if (mark.kind != Token.Kind.QUOTE && mark.kind != Token.Kind.SINGLE_QUOTE || !before.isCapitalised()
                    || lex.isTitleWord(before.lower)) {
                continue;
            }
            int close = open + 1;
            while (close < doc.size() && close <= open + 2 && doc.token(close).isCapitalised()) {
                close++;
            }
            if (close > open + 1 && close + 1 < doc.size() && doc.token(close).kind == mark.kind
                    && resumesName(close + 1) && doc.token(close + 1).sentence == mark.sentence
                    && doc.token(open - 1).sentence == mark.sentence && j >= open - 1 && j <= close) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name goes on at k after a nickname: a capitalised word, or particles before one ("“Lori” de la Cruz"). */
    private boolean resumesName(int k) {
        int name = k;
        while (name < doc.size() && name < k + 2 && !doc.token(name).isCapitalised() && CONNECTORS.contains(doc.token(name).lower)) {
            name++;
        }
        return name < doc.size() && doc.token(name).isCapitalised() && doc.token(name).sentence == doc.token(k).sentence;
    }

    /** Whether token j and token j + 2 are glued to the joiner between them: "A/S", "ISEAS–Yusof". */
    private boolean isGluedBy(int j, String joiner) {
        if (j + 2 >= doc.size()) {
            return false;
        }
        Token mark = doc.token(j + 1);
        return mark.text.equals(joiner) && doc.token(j).end == mark.start && mark.end == doc.token(j + 2).start;
    }

    /** "Amanzi-Khaya Water Services (Pty) Ltd": a company form in brackets before the rest of it, and the brackets' marks. */
    private boolean isBracketedCompanyForm(int j) {
        for (int open = Math.max(0, j - 2); open <= j + 1; open++) {
            if (open > 0 && open + 3 < doc.size() && doc.token(open).isPunct('(') && doc.token(open - 1).isCapitalised()
                    && BRACKETED_COMPANY_FORMS.contains(doc.token(open + 1).lower) && doc.token(open + 2).isPunct(')')
                    && doc.token(open + 3).isCapitalised() && lex.orgHeads.contains(doc.token(open + 3).lower)) {
                return true;
            }
        }
        return false;
    }

    /** "Vestkyst Renewables A/S", "Holm I/S": single capitals joined by a slash end a company's name. */
    private boolean isSlashedCompanyForm(int j) {
        return isGluedBy(j, "/") && doc.token(j).text.length() == 1 && doc.token(j + 2).text.length() == 1
                && doc.token(j).isCapitalised() && doc.token(j + 2).isCapitalised();
    }

    /** "Port of …" from token k: a port's authority ("Port of Antwerp-Bruges"); a city so named is in the gazetteer. */
    private boolean opensPortOf(int k) {
        return doc.token(k).text.equals("Port") && k + 1 < doc.size() && doc.token(k + 1).is("of");
    }

    /** Whether an en dash glues token j to token j + 2 and one of these nouns follows: "Tczew–Słupsk line". */
    private boolean isDashPairBefore(int j, Set<String> nouns) {
        return j + 3 < doc.size() && isGluedBy(j, "\u2013") && nouns.contains(doc.token(j + 3).lower);
    }

    /** A word at one end of a route: "Tczew" and "Słupsk" in "the Tczew–Słupsk line". */
    private boolean isOnRoute(int k) {
        return isDashPairBefore(k, ROUTE_NOUNS) || k >= 2 && isDashPairBefore(k - 2, ROUTE_NOUNS);
    }

    /** "ISEAS–Yusof Ishak Institute": an en dash with no space around it joins two capitalised parts of one name. */
    private boolean isDashInsideName(int j) {
        if (!isGluedBy(j, "\u2013")) {
            return false;
        }
        Token cur = doc.token(j);
        Token after = doc.token(j + 2);
        // not places paired by a dash: "the India–Pakistan border", "the Tczew–Słupsk line"
        return cur.isCapitalised() && after.isCapitalised() && after.sentence == cur.sentence
                && !lex.places.containsKey(Texts.fold(cur.text)) && !lex.places.containsKey(Texts.fold(after.text))
                && !isDashPairBefore(j, PAIRING_NOUNS);
    }

    /** Whether "the" opens the name at first, perhaps before where it is based: "the Leeds-based Aire Valley Harriers". */
    private boolean afterThe(int first) {
        int before = first > 0 && isLocationModifier(doc.token(first - 1)) ? first - 2 : first - 1;
        return before >= 0 && doc.token(before).is("the");
    }

    /**
     * "Mary Akinyi’ Odera", "Tom Oduor’ Amolo": an apostrophe that ends a word of a name (a possessive would follow
     * an "s" or take one), after no opening quote mark in the sentence.
     */
    private boolean isApostropheEndingNameWord(int j) {
        Token cur = doc.token(j);
        Token mark = doc.token(j + 1);
        if (!cur.isCapitalised() || !cur.isWord() || cur.lower.endsWith("s") || mark.start != cur.end || mark.text.length() != 1
                || mark.text.charAt(0) != '\u2019' && mark.text.charAt(0) != '\'' || j + 2 >= doc.size() || !doc.token(j + 2).isCapitalised()
                || doc.token(j + 2).start == mark.end || doc.token(j + 2).sentence != cur.sentence) {
            return false;
        }
        for (int k = j - 1; k >= 0 && k > j - OPENING_MARK_WORDS && doc.token(k).sentence == cur.sentence; k--) {
            Token t = doc.token(k);
            if (t.text.length() == 1 && Texts.isSingleQuote(t.text.charAt(0)) && (k == 0 || doc.token(k - 1).end != t.start)) {
                // an opening mark ("the 'Nairobi' Plan"), not a possessive's ("the residents' lawyer")
                return false;
            }
        }
        return true;
    }

    /**
     * "National Prosecutor's Office", "Transport Workers' Union": a possessive of a common noun inside an
     * organisation's name (not "China's Foreign Ministry", where the owner is a name of its own).
     */
    private boolean isPossessiveInsideName(int j) {
        Token cur = doc.token(j);
        Token mark = doc.token(j + 1);
        if (!isPossessiveMark(j + 1) || j + 2 >= doc.size() || !doc.token(j + 2).isCapitalised() || doc.token(j + 2).sentence != cur.sentence
                || lex.places.containsKey(Texts.fold(cur.text)) || lex.institutions.containsKey(Texts.fold(cur.text))) {
            return false;
        }
        boolean commonNoun = mark.kind == Token.Kind.SINGLE_QUOTE || lowerVocabulary.contains(cur.lower) || lex.isTitleWord(cur.lower) || lex.personRoles.contains(cur.lower)
                || PLURAL_ROLES.contains(cur.lower) || isIrregularPlural(cur.lower);
        return commonNoun && endsInOrgHead(j + 2);
    }

    /**
     * A capitalised word as an Irish article leaves it: with a prefix in lower case ("tSaoir"), with an "h"
     * after its capital ("Fhiaidh"), or, after "na", any ("na Gaeilge").
     */
    private boolean isIrishArticle(int k) {
        Token t = doc.token(k);
        return (t.is("an") || t.is("na")) && k > 0 && k + 1 < doc.size() && isMutatedCapital(t, doc.token(k + 1));
    }

    private static boolean isMutatedCapital(Token article, Token t) {
        return t.isCapitalised() && (Character.isLowerCase(t.text.charAt(0)) || article.is("na")
                || t.text.length() > 2 && t.text.charAt(1) == 'h' && Character.isLowerCase(t.text.charAt(2)));
    }

    /** "PT Aluen Sawit Meurandeh", "OOO Belmash": initials of a company's form before its name of three or more words. */
    private boolean isCompanyFormBefore(int first, int last) {
        Token t = doc.token(first);
        return last - first >= 2 && t.isAllCaps() && t.text.length() <= 3 && lex.orgHeads.contains(t.lower);
    }

    /** "Corner-back", "Vice-captain": words joined by a dash, the second in lower case. */
    private static boolean isCompoundCommonNoun(Token t) {
        int dash = t.text.indexOf('-');
        return dash > 0 && dash + 1 < t.text.length() && Character.isLowerCase(t.text.charAt(dash + 1))
                && t.text.indexOf('-', dash + 1) < 0;
    }

    /** "Ha-ram", "Jae-seok": a given name romanised syllable by syllable, the second in lower case. */
    private static boolean isSyllabicGivenName(Token t) {
        return SYLLABIC_GIVEN_NAME.matcher(t.text).matches();
    }

    /** "Fishermen's", "Women's", "People's": a plural with no "s" that names the members of a body. */
    private static boolean isIrregularPlural(String lower) {
        return lower.endsWith("men") && lower.length() > 4 || lower.equals("people") || lower.equals("children");
    }

    /**
     * "Ministry of Agriculture, Fisheries and Food": a comma list of capitalised words closed by "and"
     * after "Head of" (not places: "the Ministry of Defence, Kessia and Orlavia").
     */
    private boolean isCommaInsideName(int j) {
        if (!doc.token(j + 1).isPunct(',') || !ofOrgHeadBefore(j)) {
            return false;
        }
        int k = j + 2;
        for (int words = 0; k < doc.size() && k <= j + 12; k++) {
            Token t = doc.token(k);
            if (t.sentence != doc.token(j).sentence || lex.places.containsKey(Texts.fold(t.text))) {
                return false;
            }
            if (t.isCapitalised()) {
                words++;
            } else if (t.is("and") || FOREIGN_AND.contains(t.lower)) {
                // "Ministerio de Ciencia, Tecnología, Conocimiento e Innovación"
                return words > 0 && k + 1 < doc.size() && doc.token(k + 1).isCapitalised() && endsTheRun(k + 1);
            } else if (!t.isPunct(',') || words == 0) {
                return false;
            } else {
                words = 0;
            }
        }
        return false;
    }

    /** "Minister for Finance X", "Secretary of State for Health X": the title before the portfolio before the name, or null. */
    private String titleBeforePortfolio(int first) {
        for (int k = first - 1; k >= 0 && k >= first - PORTFOLIO_WORDS; k--) {
            Token t = doc.token(k);
            if (!t.isCapitalised() && !t.is("for") && !t.is("of") && !t.is("and")) {
                return null;
            }
            Token next = doc.token(k + 1);
            if (t.isCapitalised() && lex.titleLastWords.contains(t.lower) && (next.is("for") || next.is("of"))) {
                return t.lower;
            }
        }
        return null;
    }

    /**
     * "Minister of Employment and Labor X", "Minister of State for Sport X", "Minister for Youth and Sports X": the capitalised
     * word after a title's "of" or "for".
     */
    private boolean isPortfolioOfTitle(int j) {
        return j >= 2 && (doc.token(j - 1).is("of") || doc.token(j - 1).is("for")) && doc.token(j - 2).isCapitalised()
                && isTitleWordAt(j - 2);
    }

    /**
     * Whether j and the next token lie in "Institut für angewandte Ökologie": German writes the adjective after "für"
     * in lower case inside a body's name.
     */
    private boolean isInsideGermanPrepositionalName(int j) {
        // the capitalised word after the adjective goes on with the name by itself
        for (int f = Math.max(1, j); f <= j + 1 && f + 2 < doc.size(); f++) {
            Token adjective = doc.token(f + 1);
            if (doc.token(f).is("für") && doc.token(f - 1).isCapitalised() && adjective.isWord() && !adjective.isCapitalised()
                    && doc.token(f + 2).isCapitalised() && doc.token(f + 2).sentence == doc.token(f - 1).sentence) {
                return true;
            }
        }
        return false;
    }

    private boolean isCourtFormation(int j, int k) {
        return COURT_FORMATIONS.contains(doc.token(j).lower) && COURTS.contains(doc.token(runEnd(k)).lower);
    }

    private boolean isTitleWordAt(int j) {
        return lex.isTitleWord(doc.token(j).lower) || lex.titleLastWords.contains(doc.token(j).lower);
    }

    /** "Bureau of Fisheries": an organisation head and "of" earlier in the same capitalised run before j. */
    private boolean ofOrgHeadBefore(int j) {
        for (int k = j; k > 0 && k > j - 12; k--) {
            Token t = doc.token(k);
            // "Committee on Finance and National Planning", "Centre for Energy and Climate Policy"
            if (t.is("of") || t.is("on") || t.is("for") || FOREIGN_OF.contains(t.lower)) {
                // "Covenant on Civil and Political Rights": a law's name joins its subjects as a body's does
                return lex.orgHeads.contains(doc.token(k - 1).lower) || LAW_NOUNS.contains(doc.token(k - 1).lower);
            }
            if (!t.isCapitalised() && !CONNECTORS.contains(t.lower) && !t.isPunct(',') && !(t.is("the") && doc.token(k - 1).is("of"))) {
                // ("Ministry of the Environment, Energy and Climate": the article after "of")
                return false;
            }
        }
        return false;
    }

    /** Whether the run of capitalised words and connectors ending at j holds an organisation's head word before j. */
    private boolean orgHeadInRun(int j) {
        for (int k = j - 1; k >= 0 && k > j - 8; k--) {
            Token t = doc.token(k);
            if (t.isCapitalised() && lex.orgHeads.contains(t.lower)) {
                return true;
            }
            if (!t.isCapitalised() && !CONNECTORS.contains(t.lower) && !t.is("the") || t.sentence != doc.token(j).sentence) {
                return false;
            }
        }
        return false;
    }

    /** The capitalised words from k are the last of the run (no further connector joins another name). */
    private boolean endsTheRun(int k) {
        int j = k;
        while (j + 1 < doc.size() && doc.token(j + 1).isCapitalised() && j < k + 3) {
            j++;
        }
        return j + 1 >= doc.size() || !CONNECTORS.contains(doc.token(j + 1).lower) && !doc.token(j + 1).isCapitalised()
                || isDateAfterOn(j + 1);
    }

    /** "on Tuesday", "on 3 May": "on" before a date, no connector inside a name. */
    private boolean isDateAfterOn(int k) {
        if (!doc.token(k).is("on") || k + 1 >= doc.size()) {
            return false;
        }
        Token next = doc.token(k + 1);
        return Words.WEEKDAYS.contains(next.lower) || Words.MONTHS.contains(next.lower) || next.kind == Token.Kind.NUMBER;
    }

    private boolean endsInOrgHead(int k) {
        return lex.orgHeads.contains(doc.token(runEnd(k)).lower);
    }

    /** "Financial Instruments and Exchange Act": the run after "and" ends in a law's noun. */
    private boolean endsInLawNoun(int k) {
        if (k >= doc.size()) {
            return false;
        }
        Token end = doc.token(runEnd(k));
        return LAW_NOUNS.contains(end.lower) && end.isCapitalised();
    }

    private int runEnd(int k) {
        int j = k;
        while (j + 1 < doc.size() && doc.token(j + 1).isCapitalised() && j < k + 4) {
            j++;
        }
        return j;
    }

    /**
     * A small word a name cannot end in: an English one, or a particle in lower case. Capitalised, a
     * particle's spelling may be a word of another language that ends a name: "Dal" (party) in "Janata Sewa Dal".
     */
    private boolean isTrailingConnector(int k) {
        Token t = doc.token(k);
        return CONNECTORS.contains(t.lower) && (!t.isCapitalised() || ENGLISH_CONNECTORS.contains(t.lower));
    }

    private void splitAndClassify(int first, int last, List<Chunk> out) {
        // drop function words and sentence-initial common words at the front, unless a description
        // after the name says what it is ("Open Harbour, a Lisbon-based charity,")
        Token described = apposedNoun(last);
        int bracketClose = described == null ? bracketCloseAfter(last) : -1;
        if (bracketClose > 0) {
            // "Sport Wales (Chwaraeon Cymru), the sports council, welcomed": the description after the name's other language
            described = apposedNoun(bracketClose);
        }
        boolean keepWords = described != null && (lex.orgNouns.contains(described.lower) || lex.placeNouns.contains(described.lower)
                || bracketClose > 0 && lex.orgHeads.contains(described.lower));
        boolean describedAsPerson = first < last && apposedRole(first, last) != null;
        while (first <= last && isLeadingNoise(first, describedAsPerson)
                && !(keepWords && doc.token(first).isCapitalised() && !lex.functionWords.contains(doc.token(first).lower))) {
            first++;
        }
        while (last >= first && (isTrailingConnector(last) && !isCompassEnding(last) || doc.token(last).is("the"))) {
            last--;
        }
        if (first > last) {
            return;
        }
        if (first + 2 == last && doc.token(first + 1).is("of") && LOCAL_RULERS.contains(doc.token(first).lower)) {
            // "Mayor of Harbridge", "Governor of Lagos": a role and the place it governs, not a name
            out.add(new Chunk(last, last, Kind.LOCATION, false));
            return;
        }
        boolean titled = precededByTitle(first);
        int segmentStart = first;
        int k = first;
        while (k <= last) {
            int titleEnd = titleAt(k, last);
            if (titleEnd >= 0) {
                if (segmentStart < k && isTitleQualifier(segmentStart, k - 1)) {
                    // "Federal Labour Minister", "U.S. Trade Representative": the words belong to the title
                    if (lex.places.containsKey(Texts.fold(doc.token(segmentStart).text))) {
                        classify(segmentStart, segmentStart, titled, out);
                    }
                } else if (segmentStart < k) {
                    classify(segmentStart, k - 1, titled, out);
                }
                segmentStart = titleEnd + 1;
                k = titleEnd + 1;
                titled = true;
            } else {
                k++;
            }
        }
        if (segmentStart <= last) {
            classify(segmentStart, last, titled, out);
        }
    }

    /** The closing bracket of a short bracketed phrase right after token k, or -1. */
    private int bracketCloseAfter(int k) {
        if (k + 1 >= doc.size() || !doc.token(k + 1).isPunct('(')) {
            return -1;
        }
        for (int j = k + 2; j < doc.size() && j <= k + GLOSS_WORDS; j++) {
            if (doc.token(j).isPunct(')')) {
                return j;
            }
        }
        return -1;
    }

    /** Common words before a title that qualify it rather than name an organisation ("Federal Labour"). */
    private boolean isTitleQualifier(int first, int last) {
        boolean portfolio = true;
        for (int k = first; k <= last && portfolio; k++) {
            portfolio = lex.portfolios.contains(doc.token(k).lower) || TITLE_QUALIFIERS.contains(doc.token(k).lower);
        }
        if (portfolio || doc.token(last).is("affairs") && !hasOrgHead(first, last)) {
            // "Labour Minister", "Federal Environment Minister", "Maritime Affairs Minister": the portfolio and its
            // qualifiers are part of the title
            return true;
        }
        String folded = fold(first, last);
        if (first == last || lex.places.containsKey(folded) || lex.institutions.containsKey(folded)
                || hasOrgHead(first, last) || lex.acronyms.containsKey(text(first, last))) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (lowerVocabulary.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    private boolean isLeadingNoise(int i, boolean describedAsPerson) {
        Token t = doc.token(i);
        if (isLocationModifier(t) || isCompoundOfOrigin(t)) {
            return true;
        }
        if (i + 1 < doc.size() && lex.places.containsKey(Texts.fold(text(i, i + 1)))) {
            // "The Hague", "New York", "New Zealand": a place whose name starts with a common word
            return false;
        }
        if (!t.isCapitalised() && !isTitleToken(t)) {
            return true;
        }
        if (t.isAllCaps() && lex.places.containsKey(Texts.fold(t.text))) {
            // "a US platform": the country's initials, not the pronoun "us"
            return false;
        }
        if (t.isAllCaps() && i + 1 < doc.size() && doc.token(i + 1).isAllCaps()) {
            // a dateline or a name in capitals: "NEW YORK –"
            return false;
        }
        boolean sentenceInitial = i == doc.sentenceStart(t.sentence)
                || (i > 0 && doc.isOpeningMark(i - 1) && doc.token(i - 1).sentence == t.sentence);
        if (lex.functionWords.contains(t.lower)) {
            // "the Second District Court", "the New Democratic Party": capitalised inside a sentence, the name's first word
            // ("MONTREAL — An Innu band council": after a dateline's dash the article opens the sentence)
            boolean afterDash = i > 0 && (doc.token(i - 1).isPunct('\u2014') || doc.token(i - 1).isPunct('\u2013'));
            return sentenceInitial || afterDash || !NAME_OPENING_WORDS.contains(t.lower) || i + 1 >= doc.size()
                    || !doc.token(i + 1).isCapitalised();
        }
        if (sentenceInitial && opensPortOf(i) && i + 2 < doc.size() && doc.token(i + 2).isCapitalised()) {
            // "Port of Antwerp-Bruges, which …": the authority's name, whatever "the port" means elsewhere
            return false;
        }
        if (sentenceInitial && isCompoundCommonNoun(t) && i + 2 < doc.size() && doc.token(i + 1).isCapitalised()
                && doc.token(i + 2).isCapitalised()) {
            // "Corner-back Cathal McEniff", "Wing-back X Y": a compound in lower case after its dash before a full name
            // (a given name in syllables goes before a family name of one word: "Min-jun Kwak")
            return true;
        }
        if (sentenceInitial && lex.portfolios.contains(t.lower) && isFollowedByRole(i)) {
            // "Defence lawyer X", "Health adviser Y": a portfolio capitalised only by the sentence start
            return true;
        }
        if (!sentenceInitial || isKnownNameWord(t) || lex.isTitleWord(t.lower) || midSentenceCapitals.contains(t.lower)) {
            return false;
        }
        if (isFollowedByRole(i) || i + 1 < doc.size() && lex.orgNouns.contains(doc.token(i + 1).lower)
                && !doc.token(i + 1).isCapitalised() && !STOCK_WORDS.contains(doc.token(i + 1).lower)) {
            // "Opposition leader X", "Party chairman X", "Larger rival X": a capitalised common word before a role
            return true;
        }
        // "Passenger advocates said" where the story also has "passengers": a common noun capitalised by the sentence
        return lowerVocabulary.contains(t.lower) || lowerVocabulary.contains(t.lower + "s")
                || lex.personRoles.contains(t.lower) || lex.orgNouns.contains(t.lower)
                || lex.documentNouns.contains(t.lower) || lex.governmentNouns.contains(t.lower)
                // an adverb's or participle's ending, unless a role in commas says the words are a person's name ("Gergely X, a lawyer,")
                || !describedAsPerson && (t.lower.endsWith("ing") || t.lower.endsWith("ly") || t.lower.endsWith("ed"))
                || lex.verbsByFirstWord.containsKey(t.lower);
    }

    /**
     * "Austrian-born", "State-owned", "Kremlin-backed", "EU-wide": a compound that says where
     * someone comes from, who owns or backs a thing, or how far it reaches.
     */
    static boolean isCompoundOfOrigin(Token t) {
        int dash = t.lower.lastIndexOf('-');
        return dash > 0 && ORIGIN_SUFFIXES.contains(t.lower.substring(dash + 1));
    }

    private boolean isKnownNameWord(Token t) {
        String folded = Texts.fold(t.text);
        return lex.places.containsKey(folded) || lex.firstNames.containsKey(folded) || lex.acronyms.containsKey(t.text)
                || lex.institutions.containsKey(folded) || lex.orgHeads.contains(t.lower);
    }

    private boolean precededByTitle(int first) {
        if (first == 0) {
            return false;
        }
        Token prev = doc.token(first - 1);
        if (prev.isPunct('.') && first >= 2 && lex.isTitleWord(doc.token(first - 2).lower + ".")) {
            // "Mr. Okafor", "Gen. Diallo": an abbreviated title before the period
            return true;
        }
        // "Dr Ama Serwaa Boateng": a courtesy title, capitalised, was dropped from the front of the run as a function word
        return prev.sentence == doc.token(first).sentence && lex.titleLastWords.contains(prev.lower)
                && (!prev.isCapitalised() || lex.functionWords.contains(prev.lower));
    }

    /** The last token of a title starting at k that is followed by a name, or -1. */
    private int titleAt(int k, int last) {
        Token t = doc.token(k);
        String lower = t.lower;
        int dash = lower.indexOf('-');
        if (dash > 0 && lex.isTitleWord(lower.substring(dash + 1))) {
            lower = lower.substring(dash + 1);
        }
        if (!lex.isTitleWord(lower)) {
            return -1;
        }
        for (String[] title : lex.titlesByFirstWord.get(lower)) {
            if (!doc.wordsAt(k, title, last + 1)) {
                continue;
            }
            int end = k + title.length - 1;
            // "Secretary of Energy Jane Doe": the department belongs to the title
            if (end + 2 <= last && doc.token(end + 1).is("of") && doc.token(end + 2).isCapitalised() && end + 3 <= last) {
                end += 2;
            }
            // "Minister for Finance X Y", "Minister of Employment and Labor Choi Eun-jeong", "Minister of State for Sport X Y":
            // the portfolio goes on by "for" or "and" while a full name is left after it
            while (end + 4 <= last && (doc.token(end + 1).is("for") || doc.token(end + 1).is("and") && end > k + title.length - 1)
                    && doc.token(end + 2).isCapitalised()) {
                end += 2;
                // "Minister for Foreign Affairs X": a word the story also writes in lower case is the portfolio's
                while (end + 2 <= last && doc.token(end + 1).isCapitalised()
                        && (lex.portfolios.contains(doc.token(end + 1).lower) || lowerVocabulary.contains(doc.token(end + 1).lower))) {
                    end++;
                }
            }
            if (end + 3 <= last && lex.places.containsKey(Texts.fold(doc.token(end + 1).text)) && doc.token(end + 1).isCapitalised()) {
                // "Advocate General Punjab Rana Kashif Mehmood": the jurisdiction after the title, then a full name
                end++;
            }
            if (end >= last) {
                return -1;
            }
            Token next = doc.token(end + 1);
            if (lex.orgHeads.contains(next.lower) || CONNECTORS.contains(next.lower) || next.kind == Token.Kind.POSSESSIVE
                    || next.kind == Token.Kind.SINGLE_QUOTE) {
                return -1;
            }
            return end;
        }
        return -1;
    }

    /** "the Clean Air Act", "the International Covenant on Civil and Political Rights". */
    private boolean isLawName(int first, int last) {
        if (LAW_NOUNS.contains(doc.token(last).lower)) {
            return true;
        }
        for (int k = first + 1; k < last; k++) {
            if (LAW_NOUNS.contains(doc.token(k).lower) && (doc.token(k + 1).is("on") || doc.token(k + 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    private void classify(int first, int last, boolean titled, List<Chunk> out) {
        // nationality adjectives are not mentions: "French President", "Kenyan"
        String folded = fold(first, last);
        if (first < last && isLawName(first, last) && !lex.places.containsKey(folded)) {
            lawAcronyms.add(initials(first, last, false));
            if (first < last - 2 && LAW_MAKERS.contains(doc.token(last - 1).lower)) {
                // "International Labour Organization Convention 169": the body that made the law is named (not "Trade Union Act")
                classify(first, last - 1, titled, out);
            }
            return;
        }
        if (first == last && (lex.nonNames.contains(doc.token(first).lower) || lawAcronyms.contains(doc.token(first).text)
                || isCurrencyCode(first) || isCodeWord(doc.token(first)))) {
            // "an MRI scan", "Alzheimer's disease", "the DMA" after "the Digital Markets Act", "NOK 3.1 billion"
            return;
        }
        if (first == last && isPostNominal(first, out)) {
            // "Ikenna Obi, SAN, said": a rank after a person's name, no body, standing with the name
            postNominals.add(first);
            return;
        }
        if (lex.demonyms.containsKey(folded) || isDemonymOfPlace(folded) || isDemonymCompound(first, last)
                || ADJECTIVES_OF_REGION.contains(folded)
                || folded.endsWith("s") && lex.demonyms.containsKey(folded.substring(0, folded.length() - 1))
                        && !lex.places.containsKey(folded)) {
            // plural demonyms ("Filipinos") are people, but "Philippines" is the country
            if (first == last) {
                demonymAt[first] = lex.demonyms.get(folded);
            }
            return;
        }
        if (last + 3 < doc.size() && doc.token(last + 1).is("of") && doc.token(last + 2).is("the") && isCourtFormation(last, last + 3)) {
            // "the Grand Chamber" of a court names no body of its own
            return;
        }
        if (first < last && isEventName(first, last)) {
            // "the World Cup", "the Tour de Suisse": a contest is no actor
            return;
        }
        Token head = doc.token(first);
        if (first < last && (lex.demonyms.containsKey(head.lower) || ADJECTIVES_OF_REGION.contains(head.lower))
                && !hasOrgHead(first, last) && !lex.places.containsKey(folded) && !isNamedWithNationality(first, last)) {
            demonymAt[first] = lex.demonyms.get(head.lower);
            first++;
            folded = fold(first, last);
            if (first == last && lex.nonNames.contains(doc.token(first).lower)) {
                return;
            }
        }
        if (first == last && first == doc.sentenceStart(doc.token(first).sentence) && lex.orgHeads.contains(doc.token(first).lower)
                && !lex.institutions.containsKey(folded) && !doc.token(first).isAllCaps() && isFollowedByRole(first)) {
            // "Party leader X", "Club president Y": an organisation's common noun capitalised only by the sentence start
            return;
        }
        if (first < last && isPlaceAdjective(first, last)) {
            // "South Australian Premier X", "South Koreans": the adjective or people of a place, no name
            return;
        }
        int length = last - first + 1;
        if (length == 1 && titleAt(first, words -> words > 1, doc.size())
                || length > 1 && titleAt(first, words -> words == length, last + 1)) {
            // "Opposition leader", "Prime minister" written with one capital; "Jordan's Foreign Minister, X",
            // "according to the Advocate General": a title with no name after it
            return;
        }
        if (first + 2 <= last && doc.token(first).isCapitalised() && lex.isTitleWord(doc.token(first).lower)
                && !OFFICE_TITLES.contains(doc.token(first).lower)
                && (doc.token(first + 1).is("for") || doc.token(first + 1).is("of")) && !hasOrgHead(first, last)) {
            // "the Minister for Finance said", "the Minister of Trade and Industry": a title with its portfolio, no name
            // (not "the Commissioner for Human Rights", "the Director of Public Prosecutions": an office that acts as a body)
            return;
        }
        Token apposed = apposedTo(first, last);
        boolean firstName = lex.firstNames.containsKey(Texts.fold(doc.token(first).text));
        // a name in commas after a person's role is that person: "the ministry's spokesperson, Shen Qiurong,"
        // (not before bracketed initials: "its largest shareholder, Pensioenfonds Metaal Oost (PMO),")
        titled |= apposed != null && first < last && lex.personRoles.contains(apposed.lower) && !doc.token(last + 1).isPunct('(');
        // "the Danish rider Kasper Østergaard": a singular role noun right before the name
        boolean roleBefore = first > 0 && first < last && isRoleNounBefore(first) && !hasOrgHead(first, last);
        titled |= roleBefore;
        // "X, the front-runner in the race,": a role described after the name makes it a person's
        Token described = apposedNoun(last);
        titled |= first < last && described != null && lex.personRoles.contains(described.lower) && !hasOrgHead(first, last);
        // "Ishikawa Reiko, chief executive of the lessor,": so does a role in commas with no determiner
        titled |= first < last && last + 1 < doc.size() && doc.token(last + 1).isPunct(',') && bareRoleAfter(last) != null
                && !hasOrgHead(first, last);
        // "For Gintarė Paulauskienė, who runs a trucking firm,": "who" follows a person, "which" a body
        // (not "Harbridge City, who were relegated": a place's word ends a club's name)
        // (nor "Asbjørn Tolstrup of Kattegat Cycling, who": the "who" is the rider's, the name after "of" his team's;
        // nor "the Moreton Bay Stingrays, who": a plural name after "the" is a team's)
        titled |= first < last && last + 2 < doc.size() && doc.token(last + 1).isPunct(',') && doc.token(last + 2).is("who")
                && !hasOrgHead(first, last) && !lex.placeNouns.contains(doc.token(last).lower) && !followsPersonOf(first, out)
                && !(Words.isPlural(doc.token(last)) && afterThe(first));
        Lexicon.Place place = lex.places.get(folded);
        Kind kind;
        if (place != null || lex.institutions.containsKey(folded)) {
            kind = place != null ? Kind.LOCATION : Kind.ORG;
        } else if (first < last && PLACE_HEADS_FIRST.contains(doc.token(first).text) || isDateline(first, last)
                // "County Mayo", "County Durham": the county before its name, not "County Hall" or "County Council"
                || first < last && doc.token(first).text.equals("County") && !hasOrgHead(first, last) && !isPlaceByNoun(first, last)
                || first < last && COMPASS_WORDS.contains(doc.token(first).text) && lex.places.containsKey(fold(first + 1, last))) {
            // "North Atlantic", "Southern Africa": a compass word before a place is part of the place
            kind = Kind.LOCATION;
        } else if (lex.acronyms.containsKey(text(first, last)) || hasOrgHead(first, last) || !titled && isShortenedAfter(first, last)
                || first + 1 < last && opensPortOf(first)) {
            // "the Port of Antwerp-Bruges said": a port named so is its authority (a city so named is in the gazetteer)
            kind = Kind.ORG;
        } else if (last + 1 < doc.size() && lex.placeNouns.contains(doc.token(last + 1).lower)
                && !doc.token(last + 1).isCapitalised() || isPlaceByNoun(first, last)
                // "has split Äkäsvaara, where many families herd reindeer": "where" follows a place
                || last + 2 < doc.size() && doc.token(last + 1).isPunct(',') && doc.token(last + 2).is("where")) {
            kind = Kind.LOCATION;
        } else if (described != null && lex.orgNouns.contains(described.lower) && !roleBefore && !isPersonsDescription(described, last)) {
            kind = Kind.ORG;
        } else if (first < last && PLACE_FIRST_WORDS.contains(doc.token(first).text)) {
            kind = Kind.LOCATION;
        } else if ((first > 0 && lex.orgNouns.contains(doc.token(first - 1).lower))
                || (first > 1 && doc.token(first - 1).is("of") && lex.orgNouns.contains(doc.token(first - 2).lower))
                || (last + 1 < doc.size() && lex.orgNouns.contains(doc.token(last + 1).lower))
                || isDescribedAsGroup(last)
                || (apposed != null && !firstName && lex.orgNouns.contains(apposed.lower))) {
            kind = Kind.ORG;
        } else if (first > 0 && doc.token(first - 1).is("itself")) {
            // "The coalition, which calls itself Ertad,": what a body calls itself is its name
            kind = Kind.ORG;
        } else if (first == last && doc.token(first).isAllCaps() && doc.token(first).text.length() <= 6) {
            kind = Kind.ORG;
        } else if (!titled && isFollowedByRole(last) && !lex.firstNames.containsKey(Texts.fold(doc.token(first).text))) {
            kind = Kind.AFFILIATION;
        } else if (!titled && first < last && doc.token(last).isCapitalised() && (PLACE_ENDINGS.contains(doc.token(last).lower)
                        || isCompassEnding(last))) {
            // "Second Thomas Shoal", "Lanao del Sur": a word that ends only places outweighs a first name
            kind = Kind.LOCATION;
        } else if (!titled && first < last && (isMarkedAsBody(first, last) || isGlossedAsBody(first, last))) {
            kind = Kind.ORG;
        } else if (titled || lex.firstNames.containsKey(Texts.fold(doc.token(first).text))) {
            kind = Kind.PERSON;
        } else if (first < last && lex.placeNouns.contains(doc.token(last).lower)) {
            // "the Southern Ocean", "the Emirates Stadium": a place noun ends a place even after "the"
            kind = Kind.LOCATION;
        } else if (first > 0 && doc.token(first - 1).is("the") && first < last) {
            kind = Kind.ORG;
        } else if (first > 0 && isLocationModifier(doc.token(first - 1))) {
            kind = Kind.ORG;
        } else if (first < last && !firstName && isPlaceContext(first, out) && !isPossessiveMark(last + 1)) {
            // "villages in Chiang Rai and Nakhon Si Thammarat": unmarked words where something is are a place
            kind = Kind.LOCATION;
        } else if (first < last && (last - first <= 2 || nameWords(first, last) == 2 || hasAmpersand(first, last))) {
            // an ampersand joins the names of one firm however long ("Hollis & Marr Partners"), never a person's
            // "Jane Roe of Kepler Cheuvreux", "at Kepler Cheuvreux": unmarked words where someone works are a firm
            kind = looksLikePersonName(first, last) && !isEmployerOfPerson(first, out) ? Kind.PERSON : Kind.ORG;
        } else if (first == last && isOnRoute(first)) {
            kind = Kind.LOCATION;
        } else if (first == last) {
            kind = Kind.UNKNOWN;
        } else if (nameWords(first, last) <= MAX_NAME_WORDS && looksLikePersonName(first, last)
                && (speaksNext(last) || isInvertedSpeaker(first))) {
            // "said Au Duong Ngoc Han,": a long name with no first name we know, in a speaker's place
            kind = Kind.PERSON;
        } else if (doc.token(first).isAllCaps() && doc.token(first).text.length() > 1) {
            // "CLG Gleann an Fhiaidh Dhuibh", "SK Dynamo Horní Lhota": a body's initials before its long name
            kind = Kind.ORG;
        } else {
            return;
        }
        out.add(new Chunk(first, last, kind, titled));
    }

    /**
     * Letters in commas right after a person's name ("Mary Tobin, SC,", "Ikenna Obi, SAN, said"), where the story
     * never writes them elsewhere: an honour or rank. A party's initials ("Ana Reyes, PDP,") stand in brackets or
     * alone somewhere else too.
     */
    private boolean isPostNominal(int k, List<Chunk> out) {
        Token t = doc.token(k);
        if (!t.isAllCaps() || t.text.length() > POST_NOMINAL_LETTERS || k < 2 || !doc.token(k - 1).isPunct(',') || out.isEmpty()
                || lex.acronyms.containsKey(t.text)) {
            return false;
        }
        Chunk before = out.get(out.size() - 1);
        boolean closed = k + 1 >= doc.size() || doc.token(k + 1).isPunct(',') || doc.token(k + 1).isTerminal();
        return closed && before.last == k - 2 && before.kind == Kind.PERSON && lettersOnlyAfterNames().get(t.text);
    }

    /** For every word in capitals, whether the story writes it only after a capitalised word and a comma; worked out once. */
    private Map<String, Boolean> lettersOnlyAfterNames() {
        if (postNominalOnly == null) {
            postNominalOnly = new HashMap<>();
            for (int k = 0; k < doc.size(); k++) {
                Token t = doc.token(k);
                if (t.isAllCaps()) {
                    boolean afterName = k >= 2 && doc.token(k - 1).isPunct(',') && doc.token(k - 2).isCapitalised();
                    postNominalOnly.merge(t.text, afterName, Boolean::logicalAnd);
                }
            }
        }
        return postNominalOnly;
    }

    /** Words in capitals that open a paragraph before a comma or a dash: the dateline's city ("SAN ANTONIO, Chile —"). */
    private boolean isDateline(int first, int last) {
        Token t = doc.token(first);
        int start = first;
        while (start >= 2 && doc.token(start - 1).isPunct('/') && doc.token(start - 2).isAllCaps()) {
            // "OSLO/TÓRSHAVN —": each city of a shared dateline
            start -= 2;
        }
        if (start != doc.paragraphStarts[t.paragraph] || last + 1 >= doc.size()) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (!doc.token(k).isAllCaps()) {
                return false;
            }
        }
        if (doc.token(last + 1).isPunct(':') && !lex.nonNames.contains(doc.token(first).lower)) {
            // "DEVGARHI: The state government …", not a label ("EXCLUSIVE: …")
            return true;
        }
        if (doc.token(last + 1).isPunct(',') && last + 2 < doc.size() && placeAt(last + 2)) {
            // "GEOJE, South Korea, June 10 -": the city before its country
            return true;
        }
        // one word in capitals may be an acronym ("NATO, the alliance, said"): a dash must close the dateline
        for (int k = last + 1; k < doc.size() && k <= last + (first == last ? 4 : 1); k++) {
            Token after = doc.token(k);
            if (after.isPunct('\u2014') || after.isPunct('\u2013') || after.isPunct('-') || first < last && after.isPunct(',')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place in the gazetteer starts at token k: "Korea", "South Korea". */
    private boolean placeAt(int k) {
        for (int end = k; end < doc.size() && end <= k + 2 && doc.token(end).isCapitalised(); end++) {
            if (lex.places.containsKey(fold(k, end))) {
                return true;
            }
        }
        return false;
    }

    private boolean isEmployerOfPerson(int first, List<Chunk> out) {
        if (first >= 1 && (doc.token(first - 1).is("at") || doc.token(first - 1).is("for"))) {
            // "an analyst at Kepler Cheuvreux", "covers the sector for Kepler Cheuvreux"
            return true;
        }
        return followsPersonOf(first, out);
    }

    /** "Jane Roe of Kepler Cheuvreux": the name after a person and "of". */
    private boolean followsPersonOf(int first, List<Chunk> out) {
        if (first < 2 || !doc.token(first - 1).is("of") || out.isEmpty()) {
            return false;
        }
        Chunk before = out.get(out.size() - 1);
        return before.last == first - 2 && before.kind == Kind.PERSON;
    }

    /**
     * Two or three capitalised words with no title or first name: a person's name unless a word says
     * otherwise (an acronym, a place, a word the story also writes in lower case, a Spanish article:
     * "IG Metall", "Acme Europe", "Transport Workers", "Los Zetas").
     */
    private boolean looksLikePersonName(int first, int last) {
        if (SPANISH_ARTICLES.contains(doc.token(first).text)) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            Token t = doc.token(k);
            if (t.is("&") || k > first && (t.text.equals("Los") || t.text.equals("Las"))) {
                // a plural article inside the name: "Peña Los Halcones" is a fan club
                return false;
            }
            if (CONNECTORS.contains(t.lower) || isIrishArticle(k)) {
                continue;
            }
            if (t.isAllCaps() && t.text.length() >= 2 || lowerVocabulary.contains(t.lower)
                    || lex.places.containsKey(Texts.fold(t.text)) || !t.isWord()) {
                return false;
            }
        }
        return true;
    }

    private boolean hasAmpersand(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (doc.token(k).is("&")) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name that are not connectors: "Anna van der Berg" has two, like "Anna Berg". */
    private int nameWords(int first, int last) {
        int words = 0;
        for (int k = first; k <= last; k++) {
            if (!CONNECTORS.contains(doc.token(k).lower) || doc.token(k).isCapitalised()) {
                words++;
            }
        }
        return words;
    }

    /**
     * "the port city of Tarvo", "Vell and Orsa provinces", "Tarvo, a town in the north": a place noun
     * before "of", after a coordinated name, or heading an apposition.
     */
    private boolean isPlaceByNoun(int first, int last) {
        if (first > 1 && doc.token(first - 1).is("of") && lex.placeNouns.contains(doc.token(first - 2).lower)) {
            return true;
        }
        if (isListedBeforePlaceNoun(last)) {
            return true;
        }
        Token noun = apposedNoun(last);
        return noun != null && lex.placeNouns.contains(noun.lower);
    }

    /**
     * Whether the name ending at last opens a list that a plural place noun ends: "the Batang Sirau, Tumbang Lisu and
     * Pematang Rawi regencies", "Kent and Surrey counties".
     */
    private boolean isListedBeforePlaceNoun(int last) {
        boolean joined = false;
        int j = last + 1;
        while (j < doc.size() && j <= last + LIST_WORDS
                && (doc.token(j).isPunct(',') || doc.token(j).is("and") || doc.token(j).is("or") || doc.token(j).isCapitalised())) {
            joined |= doc.token(j).is("and") || doc.token(j).is("or");
            j++;
        }
        return joined && j < doc.size() && doc.token(j - 1).isCapitalised() && !doc.token(j).isCapitalised()
                && lex.placeNouns.contains(doc.token(j).lower) && doc.token(j).lower.endsWith("s");
    }

    /** "Jane Roe, the property developer who bought the club,": a noun for a body that "who" says is a person here. */
    private boolean isPersonsDescription(Token head, int last) {
        for (int k = last + 3; k + 1 < doc.size() && k <= last + 10; k++) {
            if (doc.token(k) == head) {
                return doc.token(k + 1).is("who");
            }
        }
        return false;
    }

    /** The head noun of a description after a name ("X, a small town in", "X, a Chicago-based patient group,"), or null. */
    private Token apposedNoun(int last) {
        if (last + 3 >= doc.size() || !doc.token(last + 1).isPunct(',')) {
            return null;
        }
        Token det = doc.token(last + 2);
        if (!det.is("a") && !det.is("an") && !det.is("the")) {
            return null;
        }
        for (int k = last + 3; k < doc.size() && k <= last + 9; k++) {
            Token t = doc.token(k);
            if (isPossessiveMark(k) && k > last + 3) {
                // "the team's main sponsor", "the country's largest supporters' association"
                continue;
            }
            if (!t.isWord() || t.sentence != det.sentence) {
                return null;
            }
            Token next = k + 1 < doc.size() ? doc.token(k + 1) : null;
            boolean headEnds = next == null || !next.isWord() && !isPossessiveMark(k + 1) || AFTER_DESCRIPTION_HEAD.contains(next.lower)
                    || opensParticipleClause(k + 1);
            if (headEnds && !t.isCapitalised()) {
                return t;
            }
            if ((lex.isTitleWord(t.lower) && !TENURE_WORDS.contains(t.lower) || lex.personRoles.contains(t.lower)) && !isPossessiveMark(k + 1)) {
                // a role, unless it only owns the head: "the oldest fans' association"
                return null;
            }
        }
        return null;
    }

    /**
     * "a union representing about 900 fishermen", "a group founded in 2004": a participle that opens a clause ends the
     * noun it describes; "a credit rating agency" has none.
     */
    private boolean opensParticipleClause(int k) {
        Token t = doc.token(k);
        if (t.isCapitalised() || k + 1 >= doc.size()) {
            return false;
        }
        Token after = doc.token(k + 1);
        return (t.lower.length() > 5 && t.lower.endsWith("ing") || CLAUSE_PARTICIPLES.contains(t.lower))
                && (after.kind == Token.Kind.NUMBER || lex.functionWords.contains(after.lower));
    }

    /** "'s", or the apostrophe of a plural possessive ("supporters'"). */
    boolean isPossessiveMark(int k) {
        if (k >= doc.size()) {
            return false;
        }
        Token t = doc.token(k);
        return t.kind == Token.Kind.POSSESSIVE || t.kind == Token.Kind.SINGLE_QUOTE && k > 0 && doc.token(k - 1).end == t.start
                && doc.token(k - 1).lower.endsWith("s");
    }

    /** "the Falcon guerrilla group", "the Kestrel militant movement": one lower-case word, then a group noun. */
    private boolean isDescribedAsGroup(int last) {
        if (last + 2 >= doc.size()) {
            return false;
        }
        Token word = doc.token(last + 1);
        return word.isWord() && !word.isCapitalised() && !lex.functionWords.contains(word.lower)
                && GROUP_NOUNS.contains(doc.token(last + 2).lower);
    }

    /** The word before a name set off by commas ("an engineering firm, X, which"), or null. */
    private Token apposedTo(int first, int last) {
        if (first < 2 || !doc.token(first - 1).isPunct(',') || last + 1 >= doc.size()) {
            return null;
        }
        Token after = doc.token(last + 1);
        // "The largest opposition party, Kopā Latvijai (Together for Latvia),": a gloss in brackets may follow
        return after.isPunct(',') || after.isPunct(')') || after.isPunct('.') || after.isPunct('(') ? doc.token(first - 2) : null;
    }

    /** Whether a title whose number of words passes the test starts at token k and ends before token limit. */
    private boolean titleAt(int k, IntPredicate words, int limit) {
        List<String[]> titles = lex.titlesByFirstWord.get(doc.token(k).lower);
        if (titles != null) {
            for (String[] title : titles) {
                if (words.test(title.length) && doc.wordsAt(k, title, limit)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addRole(String role, Span mention, Cluster person) {
        if (role != null) {
            roleMentions.computeIfAbsent(role, k -> new ArrayList<>()).add(mention);
            roleHolder.put(mention, person);
            String plain = ROLE_OF_TITLE.get(role);
            if (plain != null) {
                // "Justice Roe" is who "the judge" refers to
                roleMentions.computeIfAbsent(plain, k -> new ArrayList<>()).add(mention);
            }
        }
    }

    /**
     * The role a person takes on in the words after the name ("since X became chief executive in 2017", "X, who
     * was named head coach in May,"), by its head word, or null.
     */
    private String roleTakenAfter(int last) {
        int k = last + 1;
        if (k + 1 < doc.size() && doc.token(k).isPunct(',') && doc.token(k + 1).is("who")) {
            k += 2;
        }
        int after = -1;
        for (int p = 0; p < TAKING_A_ROLE.size() && after < 0; p++) {
            after = pastPhrase(k, doc.size(), TAKING_A_ROLE.get(p));
        }
        if (after < 0) {
            return null;
        }
        if (after < doc.size() && DESCRIPTION_OPENINGS.contains(doc.token(after).lower)) {
            after++;
        }
        String role = null;
        for (int j = after; j < doc.size() && j < after + ROLE_WORDS && doc.token(j).isWord() && !doc.token(j).isCapitalised()
                && !PREPOSITIONS_BEFORE_BODY.contains(doc.token(j).lower); j++) {
            Token t = doc.token(j);
            role = lex.personRoles.contains(t.lower) || lex.titleLastWords.contains(t.lower) ? t.lower : null;
        }
        return role;
    }

    /** The first token of the title words that end just before token first: "Deputy Prime Minister". */
    private int titleStart(int first) {
        int k = first;
        while (k > 0 && first - k < 4 && doc.token(k - 1).isCapitalised() && lex.isTitleWord(doc.token(k - 1).lower)) {
            k--;
        }
        return k;
    }

    /**
     * The role a name stands in commas with: "Tamás Ördögh, a spokesman for the ministry," and "Ghana's health
     * minister, Kwabena Mensah," give "spokesman" and "minister"; else null.
     */
    private String apposedRole(int first, int last) {
        if (first >= 2 && doc.token(first - 1).isPunct(',')) {
            int k = first - 2;
            int complement = k;
            while (complement > 0 && complement > k - ROLE_COMPLEMENT_WORDS
                    && (doc.token(complement).isCapitalised() || doc.token(complement).is("the"))) {
                complement--;
            }
            if (complement < k && complement > 0 && ROLE_COMPLEMENT_PREPOSITIONS.contains(doc.token(complement).lower)) {
                // "Turkey's ambassador to Jordan, X", "the head of the Tarvo Union, Y": the role before its complement
                k = complement - 1;
            }
            Token role = doc.token(k);
            if (role.isWord() && !role.isCapitalised() && (lex.personRoles.contains(role.lower) || lex.titleLastWords.contains(role.lower))) {
                return role.lower;
            }
        }
        if (last + 2 >= doc.size() || !doc.token(last + 1).isPunct(',')) {
            return null;
        }
        Token opening = doc.token(last + 2);
        if (!(opening.is("a") || opening.is("an") || opening.is("the") || opening.isCapitalised())) {
            return bareRoleAfter(last);
        }
        for (int k = last + 3; k < Math.min(doc.size(), last + 8); k++) {
            Token t = doc.token(k);
            if (!t.isWord() && t.kind != Token.Kind.POSSESSIVE) {
                return null;
            }
            if (lex.personRoles.contains(t.lower) || lex.titleLastWords.contains(t.lower)) {
                return t.lower;
            }
        }
        return null;
    }

    /**
     * The role a few lower-case words in commas after the name give it, with no determiner ("Ishikawa Reiko, chief
     * executive of the lessor,"), else null; not a clause ("Acme, which hired a chief executive").
     */
    private String bareRoleAfter(int last) {
        for (int k = last + 2; k < doc.size() && k <= last + 1 + BARE_ROLE_WORDS; k++) {
            Token t = doc.token(k);
            Token next = k + 1 < doc.size() ? doc.token(k + 1) : t;
            boolean roleEnds = next.isPunct(',') || ROLE_COMPLEMENT_PREPOSITIONS.contains(next.lower);
            if ((lex.personRoles.contains(t.lower) || lex.titleLastWords.contains(t.lower)) && roleEnds) {
                return t.isWord() && !t.isCapitalised() ? t.lower : null;
            }
            if (!t.isWord() || t.isCapitalised() || lex.functionWords.contains(t.lower) || t.lower.endsWith("ed")) {
                return null;
            }
        }
        return null;
    }

    /** "Jefferies analyst", "Napoli coach", "Labour leader": the name is the employer. */
    private boolean isFollowedByRole(int last) {
        if (last + 1 >= doc.size()) {
            return false;
        }
        Token next = doc.token(last + 1);
        return next.isWord() && !next.isCapitalised() && next.sentence == doc.token(last).sentence
                && (lex.isTitleWord(next.lower) && !lex.functionWords.contains(next.lower) || PLURAL_ROLES.contains(next.lower));
    }

    /** "Osaka-based", "Lagos-headquartered": an adjective of place before a company's name. */
    static boolean isLocationModifier(Token t) {
        return t.isWord() && (t.lower.endsWith("-based") || t.lower.endsWith("-headquartered") || t.lower.endsWith("-listed"));
    }

    /** "Finnish-born", "Spanish-registered", "Korean-made": an adjective of nationality with a suffix. */
    private boolean isDemonymCompound(int first, int last) {
        Token t = doc.token(first);
        int dash = t.text.indexOf('-');
        if (first != last || dash <= 0 || dash + 1 >= t.text.length() || !Character.isLowerCase(t.text.charAt(dash + 1))) {
            return false;
        }
        String stem = t.lower.substring(0, dash);
        return lex.demonyms.containsKey(stem) || ADJECTIVES_OF_REGION.contains(stem) || isDemonymOfPlace(Texts.fold(stem));
    }

    private boolean isDemonymOfPlace(String folded) {
        if (!folded.endsWith("n")) {
            return false;
        }
        String stem = folded.substring(0, folded.length() - 1);
        return lex.places.containsKey(stem) || (stem.endsWith("a") && lex.places.containsKey(stem.substring(0, stem.length() - 1)));
    }

    private boolean hasOrgHead(int first, int last) {
        if (first == last) {
            return false;
        }
        // "Imperial College London", "Acme Bank Europe": a head word anywhere, unless a first name starts a person's name
        int from = lex.firstNames.containsKey(Texts.fold(doc.token(first).text)) ? first + 1 : first;
        for (int k = from; k <= last; k++) {
            // a company form in capitals is a head though its letters spell a small word: "SA", not Filipino "sa"
            if (lex.orgHeads.contains(doc.token(k).lower) && (!CONNECTORS.contains(doc.token(k).lower) || doc.token(k).isAllCaps())) {
                return true;
            }
        }
        for (int k = first; k <= last; k++) {
            if (CONNECTORS.contains(doc.token(k).lower)) {
                return k > first && lex.orgHeads.contains(doc.token(k - 1).lower)
                        || lex.orgHeads.contains(doc.token(first).lower);
            }
        }
        return false;
    }

    /** A word of a name and, when it is a double-barrelled surname, each part: "Ruiz-Mateos", "Ruiz", "Mateos". */
    private static List<String> nameParts(String word) {
        List<String> parts = new ArrayList<>();
        parts.add(word);
        int dash = word.indexOf('-');
        if (dash >= 3 && dash + 4 <= word.length() && word.indexOf('-', dash + 1) < 0
                && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(dash + 1))) {
            parts.add(word.substring(0, dash));
            parts.add(word.substring(dash + 1));
        }
        return parts;
    }

    private String text(int first, int last) {
        int end = doc.token(last).end;
        if (COMPANY_ABBREVIATIONS.contains(doc.token(last).lower) && last + 1 < doc.size() && doc.token(last + 1).isPunct('.')
                && doc.token(last + 1).start == end) {
            // "Sorabit Corp.": the abbreviation's period is part of the name as written
            end++;
        }
        return doc.raw.substring(doc.token(first).start, end);
    }

    private String fold(int first, int last) {
        return Texts.fold(Texts.normalizeSpaces(text(first, last)));
    }

    // ---- clustering

    /**
     * Whether a name in [first, last] is followed by its translation as a body: "Heiwa Renmei (Peace League)", or is
     * a phrase in another language with its translation: "Ninchishō to Ikiru Kazoku no Kai (Families Living with Dementia)".
     */
    private boolean isGlossedAsBody(int first, int last) {
        if (apposedBodyAfter(last) > 0) {
            return true;
        }
        int close = glossEnd(last + 1);
        if (close < 0) {
            return false;
        }
        for (int k = last + 2; k < close; k++) {
            // "(Peace League)", "(Citizens’ Committee Save Crane Hill)": a body's head word anywhere in the translation
            if (lex.orgHeads.contains(doc.token(k).lower)) {
                return true;
            }
        }
        if (close + 1 < doc.size() && lex.orgNouns.contains(doc.token(close + 1).lower)) {
            // "the governing Erovnuli Tankhmoba (National Accord) party": the noun after the translation says what it is
            return true;
        }
        for (int k = first + 1; k <= last; k++) {
            if (!doc.token(k).isCapitalised() && doc.token(k).isWord() && !CONNECTORS.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of a body's name in commas after token last, with "the" before it, else -1: the English name
     * after a name in another language ("Ferðamálasamtök Hraunsness, the Hraunsnes Tourism Association, said").
     */
    private int apposedBodyAfter(int last) {
        int initials = parentheticalAcronym(last) != null ? 3
                : last > 0 && last + 1 < doc.size() && doc.token(last + 1).isPunct(')') && doc.token(last - 1).isPunct('(') ? 1 : 0;
        if (initials > 0 && isComplementOfOf(initials == 3 ? last : last - 2)) {
            // "The disciplinary tribunal of the Argentine Football Association (AFA), the Tribunal de Disciplina
            // Deportiva,": the name in commas is the tribunal's
            return -1;
        }
        // "the Autoriteit Consument & Markt (ACM), the Authority for Consumers and Markets,": its initials first
        last += initials;
        if (last + 4 >= doc.size() || !doc.token(last + 1).isPunct(',') || !doc.token(last + 2).is("the")
                || !doc.token(last + 3).isCapitalised()) {
            return -1;
        }
        int end = last + 3;
        while (end + 1 < doc.size() && end < last + 3 + GLOSS_WORDS && (doc.token(end + 1).isCapitalised()
                || CONNECTORS.contains(doc.token(end + 1).lower) || isPossessiveMark(end + 1))) {
            end++;
        }
        if (initials > 0 && parentheticalAcronym(end) != null) {
            // "Peru's Andean Workers' Front (AWF), the National Growers' Union (NGU),": a list of bodies, each with its initials
            return -1;
        }
        // (not a role: "Kibet arap Tuitoek, the United Democratic Alliance (UDA) MP who chairs")
        int after = parentheticalAcronym(end) != null ? end + 4 : end + 1;
        boolean closed = after < doc.size() && (doc.token(after).isPunct(',') || doc.token(after).isTerminal());
        return closed && (lex.orgHeads.contains(doc.token(end).lower) || hasOrgHead(last + 3, end)) ? last + 3 : -1;
    }

    /** Whether the name ending at last follows "of": "the disciplinary tribunal of the Argentine Football Association". */
    private boolean isComplementOfOf(int last) {
        int k = last;
        // (an "of" inside the name goes on with it: "the Bank of England (BoE)")
        while (k > 0 && (doc.token(k).isCapitalised() || CONNECTORS.contains(doc.token(k).lower))
                && !(doc.token(k).is("of") && !doc.token(k - 1).isCapitalised())) {
            k--;
        }
        if (doc.token(k).is("the") && k > 0) {
            k--;
        }
        return doc.token(k).is("of");
    }

    /**
     * The closing bracket of a translation in title case opening at token open ("(One Voice Youth Movement)",
     * "(Čáhppesjávri Reindeer Herders’ Association)"), else -1.
     */
    private int glossEnd(int open) {
        if (open + 2 >= doc.size() || !doc.token(open).isPunct('(') || !doc.token(open + 1).isCapitalised()) {
            return -1;
        }
        for (int k = open + 1; k < doc.size() && k <= open + GLOSS_WORDS; k++) {
            Token t = doc.token(k);
            if (t.isPunct(')')) {
                return k > open + 2 && doc.token(k - 1).isCapitalised() ? k : -1;
            }
            if (t.isPunct(',') && k > open + 2 && k + 2 < doc.size() && doc.token(k - 1).isCapitalised()
                    && doc.token(k + 1).isAllCaps() && doc.token(k + 2).isPunct(')')) {
                // "(People's Service Party, PSP)": the translation, then the initials
                return k + 2;
            }
            // initials are no translation: "(NBP)", "(PAN Europe)"
            if (t.isAllCaps() && t.text.length() > 1
                    || !t.isCapitalised() && !lex.functionWords.contains(t.lower) && !CONNECTORS.contains(t.lower) && !isPossessiveMark(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether token j+1 is a small word inside a name in another language that a translation in brackets
     * follows: the "la" of "Vuguvugu la Vijana Sauti Moja (One Voice Youth Movement)".
     */
    private boolean isSmallWordOfGlossedName(int j) {
        if (j + 2 >= doc.size() || !doc.token(j + 1).isWord() || doc.token(j + 1).isCapitalised()) {
            return false;
        }
        // "Spolek Naše koleje (Our Tracks Association)": a language that capitalises only a name's first word
        // ends it in words in lower case the story uses nowhere else, before a translation that names a body
        // (past the capitalised words, only more words in lower case may follow)
        boolean small = doc.token(j).isCapitalised();
        int sentence = doc.token(j).sentence;
        if (isSpeltOutByGlossInitials(j, sentence)) {
            return true;
        }
        for (int k = j + 1; k < doc.size() && k <= j + GLOSS_WORDS && doc.token(k).sentence == sentence; k++) {
            Token t = doc.token(k);
            if (t.isPunct('(')) {
                int close = glossEnd(k);
                // a translation followed by initials names a body whatever its last word: "(Civic Centre, OS)"
                boolean initials = close > 0 && doc.token(close - 1).isAllCaps() && doc.token(close - 2).isPunct(',');
                return close > 0 && (small ? doc.token(k - 1).isCapitalised() : initials || lex.orgHeads.contains(doc.token(close - 1).lower));
            }
            // a small word joins two capitalised ones ("Ninchishō to Ikiru"), not "Marchers led by Chama";
            // a Slavic "a" (and) two in lower case ("Slovenská televízia a rozhlas")
            boolean joining = isSmallWord(t) && small && doc.token(k - 1).isCapitalised() && k + 1 < doc.size()
                    && doc.token(k + 1).isCapitalised()
                    || t.is("a") && !small && k + 1 < doc.size() && doc.token(k + 1).isWord() && !doc.token(k + 1).isCapitalised()
                    && !lex.functionWords.contains(doc.token(k + 1).lower);
            boolean ownWord = joining || !repeatedLowerWords.contains(t.lower) && !lex.functionWords.contains(t.lower);
            if (!t.isWord() || !t.isCapitalised() && !ownWord || !small && t.isCapitalised()) {
                return false;
            }
            small &= t.isCapitalised() || joining;
        }
        return false;
    }

    /**
     * "Ligue jurassienne de saut à ski (Jura Ski Jumping League, LJSS)": the initials after the
     * translation spell out the words in lower case, however often the story uses them elsewhere.
     */
    private boolean isSpeltOutByGlossInitials(int j, int sentence) {
        int open = j + 1;
        while (open < doc.size() && open <= j + GLOSS_WORDS && doc.token(open).isWord() && doc.token(open).sentence == sentence) {
            open++;
        }
        int initials = open > j + 1 && open < doc.size() ? glossInitials(open) : -1;
        if (initials < 0) {
            return false;
        }
        String acronym = Texts.fold(doc.token(initials).text);
        // the name opens with a capital somewhere before j, its words all in the sentence
        for (int start = j; start >= 0 && start > open - GLOSS_WORDS && doc.token(start).isWord()
                && doc.token(start).sentence == sentence; start--) {
            if (doc.token(start).isCapitalised() && spellsOut(acronym, 0, start, open)) {
                return true;
            }
        }
        return false;
    }

    /** The initials that close a translation in brackets opening at token open ("(Jura Ski Jumping League, LJSS)"), or -1. */
    private int glossInitials(int open) {
        int close = glossEnd(open);
        return close > 0 && doc.token(close - 2).isPunct(',') ? close - 1 : -1;
    }

    /**
     * Whether the folded acronym from position at is the initials of the words in [k, end): every capitalised word
     * gives its letter, a word in lower case may or may not ("LJSS" for "Ligue jurassienne de saut à ski").
     */
    private boolean spellsOut(String acronym, int at, int k, int end) {
        if (k == end) {
            return at == acronym.length();
        }
        Token t = doc.token(k);
        boolean matches = at < acronym.length() && Texts.fold(t.text.substring(0, 1)).startsWith(acronym.substring(at, at + 1))
                && spellsOut(acronym, at + 1, k + 1, end);
        return matches || !t.isCapitalised() && spellsOut(acronym, at, k + 1, end);
    }

    private static boolean isSmallWord(Token t) {
        return t.isWord() && !t.isCapitalised() && t.text.length() <= 3;
    }

    /**
     * "Villa Arrieta" for "Club Atlético Villa Arrieta", "Harbridge City" for "Harbridge City FC":
     * a club named after its place is written with the place's name alone; folded short name to
     * folded full name, for names no gazetteer holds (a real city stays a city).
     */
    private Map<String, String> clubsByPlaceName(List<Chunk> chunks) {
        Map<String, String> out = new HashMap<>();
        for (Chunk c : chunks) {
            if (c.kind != Kind.ORG || c.first == c.last) {
                continue;
            }
            int first = c.first;
            int last = c.last;
            while (first < last && CLUB_WORDS.contains(doc.token(first).lower)) {
                first++;
            }
            while (last > first && CLUB_WORDS.contains(doc.token(last).lower)) {
                last--;
            }
            String core = fold(first, last);
            if ((first > c.first || last < c.last) && doc.token(first).isCapitalised() && !CONNECTORS.contains(doc.token(first).lower)
                    && !lex.places.containsKey(core)) {
                out.putIfAbsent(core, fold(c.first, c.last));
            }
        }
        return out;
    }

    private void cluster(List<Chunk> chunks) {
        Map<String, Integer> singleCounts = new HashMap<>();
        for (Chunk c : chunks) {
            if (c.first == c.last) {
                singleCounts.merge(fold(c.first, c.last), 1, Integer::sum);
            }
        }
        // a name the story shortens to its first word is a company ("Nordvik" for "Nordvik Energi"),
        // one shortened to its last word a person ("Okafor" for "Chidi Okafor")
        // a full name typed by its context once keeps that type where the context is silent
        Map<String, Kind> typedNames = new HashMap<>();
        for (Chunk c : chunks) {
            if (c.first < c.last && (c.kind == Kind.ORG || c.kind == Kind.LOCATION)) {
                typedNames.putIfAbsent(fold(c.first, c.last), c.kind);
            } else if (c.first < c.last && (c.kind == Kind.AFFILIATION || c.kind == Kind.PERSON && !c.titled && isGlossedAsBody(c.first, c.last))) {
                // "a senior Heiwa Renmei official", "Heiwa Renmei (Peace League)": a body, wherever else it stands
                typedNames.putIfAbsent(fold(c.first, c.last), Kind.ORG);
            }
        }
        // (a given name first keeps a two-word name a person's: "Marine Climate Letters" is typed by "the journal")
        chunks.replaceAll(c -> c.kind == Kind.PERSON && !c.titled && c.first < c.last && typedNames.containsKey(fold(c.first, c.last))
                && (!lex.firstNames.containsKey(Texts.fold(doc.token(c.first).text)) || nameWords(c.first, c.last) >= 3)
                ? new Chunk(c.first, c.last, typedNames.get(fold(c.first, c.last)), false) : c);
        // (not a family name written first: "Seomun" for "Seomun Ha-ram", whose given name is in syllables)
        chunks.replaceAll(c -> c.kind == Kind.PERSON && !c.titled && c.first < c.last
                && !lex.firstNames.containsKey(Texts.fold(doc.token(c.first).text)) && !isSyllabicGivenName(doc.token(c.last))
                && singleCounts.containsKey(fold(c.first, c.first)) && !singleCounts.containsKey(fold(c.last, c.last))
                ? new Chunk(c.first, c.last, Kind.ORG, false) : c);
        for (int i = 1; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            Chunk before = chunks.get(i - 1);
            // "parts of Chiang Rai and Nakhon Si Thammarat": a name coordinated with a place, and no given name, is a place
            if (c.kind == Kind.PERSON && !c.titled && c.first < c.last && before.kind == Kind.LOCATION && before.last == c.first - 2
                    && (doc.token(c.first - 1).is("and") || doc.token(c.first - 1).is("or"))
                    && !lex.firstNames.containsKey(Texts.fold(doc.token(c.first).text))) {
                chunks.set(i, new Chunk(c.first, c.last, Kind.LOCATION, false));
            }
        }
        Map<String, String> clubsByPlaceName = clubsByPlaceName(chunks);
        chunks.replaceAll(c -> c.kind != Kind.ORG && !(c.kind == Kind.PERSON && c.titled) && clubsByPlaceName.containsKey(fold(c.first, c.last))
                ? new Chunk(c.first, c.last, Kind.ORG, false) : c);
        Map<String, Cluster> byKey = new HashMap<>();
        Map<String, Cluster> orgByContent = new HashMap<>();
        Map<Cluster, String> orgCountry = new HashMap<>();
        Map<String, List<Cluster>> personsByToken = new HashMap<>();
        // the last two or more words of each full name: "ni bhriain" for "siobhan ni bhriain"
        Map<String, Cluster> personsByLastWords = new HashMap<>();
        Map<String, Cluster> byAcronym = new HashMap<>();
        Map<String, Cluster> orgByShortName = new HashMap<>();
        // a distinctive word of an organisation's name names it alone: "Lufthansa" for "Deutsche Lufthansa AG"
        Map<String, Cluster> orgByToken = new HashMap<>();
        // a capitalised head word alone is the organisation last named with it: "the Commission"
        Map<String, Cluster> orgByHead = new HashMap<>();
        // a name in brackets right after an organisation's is that organisation's other name:
        // "the Dutch Data Protection Authority (Autoriteit Persoonsgegevens)"
        Cluster lastOrg = null;
        int lastOrgEnd = -1;
        // full names first, so that a surname met before its full name still finds it
        for (Chunk c : chunks) {
            String text = text(c.first, c.last);
            String key = fold(c.first, c.last);
            switch (c.kind) {
                case LOCATION -> addMention(location(text, doc.token(c.first).isAllCaps(), byKey), c);
                case ORG, AFFILIATION -> {
                    if (c.kind == Kind.AFFILIATION && c.first == c.last) {
                        continue;
                    }
                    String expansion = lex.acronyms.get(text);
                    Cluster cl = null;
                    if (expansion != null) {
                        cl = byKey.get("org:" + Texts.fold(expansion));
                        String content = contentKey(expansion);
                        if (cl == null && content != null) {
                            cl = orgByContent.get(content);
                        }
                    }
                    if (cl == null && c.first == c.last && doc.token(c.first).isAllCaps()) {
                        cl = byAcronym.get(text);
                    }
                    if (cl == null && isBracketedAfter(c, lastOrgEnd)) {
                        cl = lastOrg;
                    }
                    // a club's place name and its full name are one key, whichever the story writes first
                    String orgKey = clubsByPlaceName.getOrDefault(key, key);
                    if (cl == null) {
                        cl = byKey.get("org:" + orgKey);
                    }
                    if (cl == null && c.first < c.last && !hasOrgHead(c.first, c.last) && orgByShortName.get(key) != AMBIGUOUS) {
                        // "Aluen Sawit" after "PT Aluen Sawit Meurandeh" (not "the Ostravian National Bank" after "the
                        // Monetary Board of the Ostravian National Bank": a name with a head of its own)
                        cl = orgByShortName.get(key);
                    }
                    if (cl == null && c.first == c.last) {
                        cl = orgByToken.get(key);
                    }
                    if (cl == null && c.first == c.last) {
                        cl = orgByHead.get(key);
                    }
                    String content = contentKey(text);
                    String country = countryIn(text);
                    if (cl == null && content != null) {
                        cl = orgByContent.get(content);
                        // "the Kessian Coast Guard" is not "the Orlavia Coast Guard"
                        String other = cl == null ? null : orgCountry.get(cl);
                        if (other != null && country != null && !other.equals(country)) {
                            cl = null;
                        }
                    }
                    if (cl == null) {
                        // an acronym keeps its expansion only when the story spells it out somewhere
                        boolean spelled = expansion != null && doc.raw.contains(expansion);
                        cl = newCluster(EntityType.ORG, spelled ? expansion : stripThe(text), spelled);
                        byKey.put("org:" + (expansion != null ? Texts.fold(expansion) : orgKey), cl);
                    }
                    if (country != null) {
                        orgCountry.putIfAbsent(cl, country);
                    }
                    if (content != null) {
                        orgByContent.putIfAbsent(content, cl);
                    }
                    byAcronym.putIfAbsent(initials(c.first, c.last, true), cl);
                    byAcronym.putIfAbsent(initials(c.first, c.last, false), cl);
                    byAcronym.putIfAbsent(capitalInitials(c.first, c.last), cl);
                    if (c.first < c.last) {
                        for (int k = c.first; k <= c.last; k++) {
                            if (lex.orgHeads.contains(doc.token(k).lower)) {
                                orgByHead.put(doc.token(k).lower, cl);
                            }
                        }
                    }
                    for (int k = c.first; k <= c.last; k++) {
                        Token t = doc.token(k);
                        if (t.isCapitalised() && t.text.length() >= 3 && !lex.orgHeads.contains(t.lower)
                                && !CONNECTORS.contains(t.lower) && !lex.places.containsKey(Texts.fold(t.text))
                                && !lex.demonyms.containsKey(t.lower) && !lex.functionWords.contains(t.lower)) {
                            orgByToken.putIfAbsent(Texts.fold(t.text), cl);
                        }
                    }
                    String parenthetical = parentheticalAcronym(c.last);
                    int initials = glossInitials(c.last + 1);
                    if (initials > 0 && spellsOut(Texts.fold(doc.token(initials).text), 0, c.first, c.last + 1)) {
                        // "Ligue jurassienne de saut à ski (Jura Ski Jumping League, LJSS)": the initials after the
                        // translation are the name's own
                        byAcronym.putIfAbsent(doc.token(initials).text, cl);
                    }
                    if (parenthetical != null) {
                        byAcronym.put(parenthetical, cl);
                    } else if (c.last + 3 < doc.size() && doc.token(c.last + 1).isPunct('(')
                            && doc.token(c.last + 2).isCapitalised() && doc.token(c.last + 3).isPunct(')')) {
                        orgByToken.put(Texts.fold(doc.token(c.last + 2).text), cl);
                    }
                    addMention(cl, c);
                    lastOrg = cl;
                    lastOrgEnd = c.last;
                    for (int space = key.indexOf(' '), next; space > 0 && (next = key.indexOf(' ', space + 1)) > 0; space = next) {
                        // "Northmoor Kestrel" for "Northmoor Kestrel Mining": each shorter run of its first words,
                        // "Sauti Moja" for "Vuguvugu la Vijana Sauti Moja": and of its last
                        orgByShortName.merge(key.substring(0, next), cl, (a, b) -> a == b ? a : AMBIGUOUS);
                        orgByShortName.merge(key.substring(space + 1), cl, (a, b) -> a == b ? a : AMBIGUOUS);
                        if (space > key.indexOf(' ') && isCompanyFormBefore(c.first, c.last)) {
                            // "Aluen Sawit" for "PT Aluen Sawit Meurandeh": the first words after the company form
                            orgByShortName.merge(key.substring(key.indexOf(' ') + 1, next), cl, (a, b) -> a == b ? a : AMBIGUOUS);
                        }
                    }
                }
                case PERSON -> {
                    Cluster org = c.titled ? null : organisationRenamed(c, key, lastOrg, lastOrgEnd, orgByShortName);
                    if (org != null) {
                        addMention(org, c);
                        continue;
                    }
                    if (c.first < c.last) {
                        Cluster cl = byKey.get("person:" + key);
                        if (cl == null) {
                            // "Ní Bhriain", "Ibáñez Cortés": the last words of a full name met before are that person
                            cl = personsByLastWords.get(key);
                        }
                        if (cl == null) {
                            cl = newCluster(EntityType.PERSON, text, false);
                            byKey.put("person:" + key, cl);
                            for (int space = key.indexOf(' '), next; (next = key.indexOf(' ', space + 1)) > 0; space = next) {
                                personsByLastWords.putIfAbsent(key.substring(space + 1), cl);
                            }
                        }
                        addMention(cl, c);
                        for (int k = c.first; k <= c.last; k++) {
                            for (String word : nameParts(doc.token(k).text)) {
                                List<Cluster> list = personsByToken.computeIfAbsent(Texts.fold(word), x -> new ArrayList<>());
                                if (!list.contains(cl)) {
                                    list.add(cl);
                                }
                            }
                        }
                    }
                }
                default -> {
                    if (lastOrg != null && c.first == c.last && isBracketedAfter(c, lastOrgEnd)) {
                        addMention(lastOrg, c);
                    }
                }
            }
        }
        // then single names: surnames, first names, acronyms met before their expansion
        for (Cluster cl : clusters) {
            cl.fullMentions = cl.mentions.size();
        }
        // an employer named before a role is an organisation wherever else it stands alone
        for (Chunk c : chunks) {
            if (c.kind == Kind.AFFILIATION && c.first == c.last) {
                String key = fold(c.first, c.last);
                if (!personsByToken.containsKey(key) && !byKey.containsKey("loc:" + key) && !orgByToken.containsKey(key)
                        && !orgByHead.containsKey(key) && !(lex.orgHeads.contains(key) && !midSentenceCapitals.contains(doc.token(c.first).lower))) {
                    byKey.computeIfAbsent("org:" + key, k -> newCluster(EntityType.ORG, text(c.first, c.last), false));
                }
            }
        }
        Set<String> singlePersons = new HashSet<>();
        Set<String> titledPersons = new HashSet<>();
        Set<String> givenNamePlaces = new HashSet<>();
        Set<String> singlePlaces = new HashSet<>();
        for (Chunk c : chunks) {
            if (c.first == c.last && c.kind == Kind.PERSON && !c.titled && isPlaceContext(c.first)
                    && !personsByToken.containsKey(fold(c.first, c.last))) {
                // "nurses on the picket line in Brandon": a given name alone where something is, and no one by that name
                givenNamePlaces.add(fold(c.first, c.last));
            } else if (c.first == c.last && c.kind == Kind.PERSON) {
                singlePersons.add(fold(c.first, c.last));
                if (c.titled) {
                    titledPersons.add(fold(c.first, c.last));
                }
            } else if (c.first == c.last && c.kind == Kind.UNKNOWN && (isPlaceContext(c.first) || isListedWithPlace(c.first))) {
                singlePlaces.add(fold(c.first, c.last));
            }
        }
        givenNamePlaces.removeAll(titledPersons);
        singlePersons.removeAll(givenNamePlaces);
        singlePlaces.addAll(givenNamePlaces);
        for (Chunk c : chunks) {
            if (c.first != c.last || c.kind == Kind.LOCATION) {
                continue;
            }
            String key = fold(c.first, c.last);
            if (c.kind == Kind.ORG) {
                Cluster acronymOf = byAcronym.get(text(c.first, c.last));
                Cluster own = clusterAt[c.first];
                if (acronymOf != null && own != null && acronymOf != own && own.mentions.size() == 1 && !own.fixedName) {
                    own.mentions.clear();
                    clusterAt[c.first] = null;
                    addMention(acronymOf, c);
                }
                continue;
            }
            List<Cluster> persons = personsByToken.get(key);
            Cluster target = null;
            if (persons != null) {
                target = mostRecent(persons, c.first);
            }
            if (target == null) {
                target = byKey.get("org:" + key);
            }
            if (target == null) {
                target = orgByHead.get(key);
            }
            if (target == null) {
                target = byKey.get("loc:" + key);
            }
            if (target == null) {
                target = orgByToken.get(key);
            }
            // one word is a person only with evidence (a title, a first name); news introduces people by
            // full name, so a lone unknown word that speaks or recurs is a body, and one met after a
            // preposition of place anywhere in the story is a place
            if (target == null && (c.kind == Kind.PERSON && !givenNamePlaces.contains(key) || singlePersons.contains(key))) {
                target = byKey.computeIfAbsent("person:" + key, k -> newCluster(EntityType.PERSON, text(c.first, c.last), false));
            }
            if (target == null && singlePlaces.contains(key)) {
                target = byKey.computeIfAbsent("loc:" + key, k -> newCluster(EntityType.LOCATION, text(c.first, c.last), false));
            }
            // a lone organisation word ("Police said", "urged the Commission") is a body, never a person
            // "Unions had campaigned": a sentence opening with the plural of a body's kind names no body
            boolean kindOfBody = c.first == doc.sentenceStart(doc.token(c.first).sentence) && key.endsWith("s")
                    && lex.orgHeads.contains(key.substring(0, key.length() - 1));
            if (target == null && !lex.orgHeads.contains(key) && !kindOfBody && (speaksNext(c.last) || speaksBefore(c.first)
                    || recurs(key, singleCounts))) {
                target = byKey.computeIfAbsent("org:" + key, k -> newCluster(EntityType.ORG, text(c.first, c.last), false));
            }
            if (target == null && c.first > 0 && LOCATIVE_PREPOSITIONS.contains(doc.token(c.first - 1).lower)) {
                target = byKey.computeIfAbsent("loc:" + key, k -> newCluster(EntityType.LOCATION, text(c.first, c.last), false));
            }
            if (target != null) {
                addMention(target, c);
            }
        }
        addPossessiveBodies(byKey);
        addPlacesOfModifiers(byKey);
        addDemonymBodies(byKey);
        addLocalCouncils(byKey);
        buildingsAsPlaces();
        clusters.removeIf(cl -> cl.mentions.isEmpty());
        for (Cluster cl : clusters) {
            if (cl.type == EntityType.LOCATION && cl.fixedName) {
                countries.putIfAbsent(cl.canonical, cl);
            }
        }
        clusters.sort((a, b) -> Integer.compare(a.mentions.get(0).start(), b.mentions.get(0).start()));
        for (Cluster cl : clusters) {
            cl.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            if (cl.type == EntityType.PERSON) {
                for (Span s : cl.mentions) {
                    Token before = s.first() > 0 ? doc.token(s.first() - 1) : null;
                    // "Moroccan runner Hasnaa Lemsiah": a role right before the name, like a title, is one "the runner" refers to
                    boolean titled = before != null && before.isWord() && (lex.titleLastWords.contains(before.lower)
                            || lex.personRoles.contains(before.lower) && !Words.isPlural(before));
                    String role = titled ? before.lower : apposedRole(s.first(), s.last());
                    if (role == null) {
                        role = titleBeforePortfolio(s.first());
                    }
                    addRole(role, s, cl);
                    // "The study's lead author, Professor X": the role in apposition before the title too
                    String apposed = titled ? apposedRole(titleStart(s.first()), s.last()) : null;
                    if (apposed != null && !apposed.equals(role)) {
                        addRole(apposed, s, cl);
                    }
                    String taken = roleTakenAfter(s.last());
                    if (taken != null && !taken.equals(role) && !taken.equals(apposed)) {
                        addRole(taken, s, cl);
                    }
                }
            }
            if (!cl.fixedName) {
                cl.canonical = fullestForm(cl);
            }
            if (cl.type == EntityType.ORG) {
                for (String word : WHITESPACE.split(Texts.fold(cl.canonical))) {
                    if (lex.orgHeads.contains(word)) {
                        for (Span s : cl.mentions) {
                            if (clusterAt[s.first()] == cl) {
                                orgMentionsByHead.computeIfAbsent(word, x -> new ArrayList<>()).add(s);
                            }
                        }
                    }
                }
            }
        }
        roleMentions.values().forEach(spans -> spans.sort((a, b) -> Integer.compare(a.first(), b.first())));
        orgMentionsByHead.values().forEach(spans -> spans.sort((a, b) -> Integer.compare(a.first(), b.first())));
    }

    /** The place entity for a name, by its gazetteer entry when it has one. */
    private Cluster location(String text, boolean allCaps, Map<String, Cluster> byKey) {
        String key = Texts.fold(Texts.normalizeSpaces(text));
        Lexicon.Place place = lex.places.get(key);
        String canonical;
        if (place == null) {
            canonical = text;
        } else if (place.capital()) {
            // a capital is a city; only as an actor does it stand for its country (see actor())
            canonical = allCaps ? titleCase(text) : text;
            key = "city:" + key;
        } else {
            // the gazetteer's name, in the article's own spelling when that only adds accents ("São Paulo")
            canonical = !allCaps && Texts.fold(text).equals(Texts.fold(place.canonical())) ? text : place.canonical();
        }
        String clusterKey = place != null && !key.startsWith("city:") ? "loc:" + Texts.fold(canonical) : "loc:" + key;
        Cluster cl = byKey.computeIfAbsent(clusterKey, k -> newCluster(EntityType.LOCATION, canonical, place != null));
        if (place != null && place.capital()) {
            capitalOf.put(cl, place.canonical());
        }
        return cl;
    }

    /**
     * "Boston-based", "Lyon-headquartered": the place before the suffix is a mention of its own (the
     * token stays free for the name it qualifies).
     */
    private void addPlacesOfModifiers(Map<String, Cluster> byKey) {
        for (int k = 0; k < doc.size(); k++) {
            Token t = doc.token(k);
            if (!isLocationModifier(t) || !t.isCapitalised() || clusterAt[k] != null) {
                continue;
            }
            int first = k;
            while (first > 0 && k - first < MODIFIER_PLACE_WORDS && doc.token(first - 1).isCapitalised()
                    && doc.token(first - 1).sentence == t.sentence && clusterAt[first - 1] == null
                    && !lex.functionWords.contains(doc.token(first - 1).lower)) {
                // "São Paulo-based", "New York-listed": the words of the place before the joined one
                first--;
            }
            int start = doc.token(first).start;
            int end = t.start + t.text.lastIndexOf('-');
            String stem = doc.raw.substring(start, end);
            if (stem.indexOf('-') >= 0 || lex.demonyms.containsKey(stem.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Cluster cl = location(stem, false, byKey);
            cl.mentions.add(new Span(first, k, stem, start, end));
        }
    }

    /** Past "which calls itself" or "known as" from k ("The coalition, which calls itself Ertad,"), else k. */
    private int selfNamingEnd(int k, int end) {
        for (List<String> phrase : SELF_NAMING) {
            int past = pastPhrase(k, end, phrase);
            if (past >= 0) {
                return past;
            }
        }
        return k;
    }

    /** The token after the words of a phrase written from k on, before end; -1 when they are not there. */
    int pastPhrase(int k, int end, List<String> phrase) {
        int m = 0;
        while (m < phrase.size() && k + m < end && doc.token(k + m).is(phrase.get(m))) {
            m++;
        }
        return m == phrase.size() ? k + m : -1;
    }

    /**
     * The organisation a sentence after the one holding token head, opening before token limit, gives as the
     * noun at head: "The agency, Veðurstofa Íslands (IMO), said", "The group, the Fintech Operators Association,";
     * else null.
     */
    Cluster organisationApposedTo(int head, int limit) {
        Token noun = doc.token(head);
        for (int s = noun.sentence + 1; s < doc.sentenceCount() && doc.sentenceStart(s) < limit; s++) {
            int k = doc.sentenceStart(s);
            // "A growers' association … welcomed …¶The group, the Wolds Fruit Growers Association, said"
            if (k + 3 < doc.sentenceEnd(s) && doc.token(k).is("the")
                    && (doc.token(k + 1).lower.equals(noun.lower) || doc.token(k + 1).is("group"))
                    && doc.token(k + 2).isPunct(',')) {
                int name = selfNamingEnd(k + 3, doc.sentenceEnd(s));
                name = doc.token(name).is("the") ? name + 1 : name;
                Cluster c = name < doc.sentenceEnd(s) ? clusterAt[name] : null;
                if (c != null && c.type == EntityType.ORG) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * "China's foreign ministry", "Kenya's health department": a state body named by its country
     * and a lower-case description is an organisation of its own (the country stays a mention).
     */
    private void addPossessiveBodies(Map<String, Cluster> byKey) {
        int n = doc.size();
        for (int k = 0; k + 2 < n; k++) {
            Cluster place = clusterAt[k];
            if (place == null || place.type != EntityType.LOCATION || doc.token(k + 1).kind != Token.Kind.POSSESSIVE
                    || clusterAt[k + 1] != null) {
                continue;
            }
            if (ownGenericBody(k, place)) {
                continue;
            }
            for (int j = k + 2; j < Math.min(n, k + 6); j++) {
                Token t = doc.token(j);
                if (!t.isWord() || t.isCapitalised() || clusterAt[j] != null) {
                    break;
                }
                if (STATE_BODIES.contains(t.lower) && j > k + 2) {
                    int first = k;
                    while (first > 0 && clusterAt[first - 1] == place) {
                        first--;
                    }
                    String text = doc.raw.substring(doc.token(first).start, t.end);
                    // "Japan's transport ministry" for the Ministry of Land, Infrastructure, Transport and Tourism, or
                    // "Iceland's weather agency" for the body the next paragraph calls "The agency, Veðurstofa Íslands,"
                    Cluster named = bodyNamedWith(k + 2, j);
                    if (named == null) {
                        int paragraph = Math.min(t.paragraph + 2, doc.paragraphStarts.length - 1);
                        named = organisationApposedTo(j, doc.paragraphStarts[paragraph]);
                    }
                    Cluster body = named != null ? named
                            : byKey.computeIfAbsent("org:" + Texts.fold(text), x -> newCluster(EntityType.ORG, text, false));
                    body.mentions.add(new Span(first, j, text, doc.token(first).start, t.end));
                    for (int m = k + 2; m <= j; m++) {
                        clusterAt[m] = body;
                    }
                    break;
                }
            }
        }
    }

    /**
     * The one organisation whose name holds, capitalised, every word of the description in
     * [first, head]: "the Ministry of Land, Infrastructure, Transport and Tourism" for "Japan's
     * transport ministry"; null when none or several do.
     */
    private Cluster bodyNamedWith(int first, int head) {
        if (orgNameWords == null) {
            orgNameWords = new HashMap<>();
            orgsByNameWord = new HashMap<>();
            for (Cluster c : clusters) {
                if (c.type == EntityType.ORG && !c.mentions.isEmpty()) {
                    Set<String> words = new HashSet<>(List.of(WHITESPACE.split(c.mentions.get(0).text().replace(",", ""))));
                    orgNameWords.put(c, words);
                    words.forEach(word -> orgsByNameWord.computeIfAbsent(word, w -> new ArrayList<>()).add(c));
                }
            }
        }
        Cluster found = null;
        for (Cluster c : orgsByNameWord.getOrDefault(capitalised(doc.token(head).text), List.of())) {
            Set<String> words = orgNameWords.get(c);
            boolean all = true;
            for (int k = first; k <= head && all; k++) {
                all = words.contains(capitalised(doc.token(k).text));
            }
            if (all) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found != null ? found : bodyNamedByItsField(first, head);
    }

    /**
     * The one organisation whose name holds, capitalised, every word but the head of a description of its field:
     * "the Institute of Marine Research" for "Norway's state marine research agency", "the Office of National
     * Irrigation Works" for "Peru's national irrigation agency"; else null.
     */
    private Cluster bodyNamedByItsField(int first, int head) {
        List<String> field = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        for (int k = first; k < head; k++) {
            (GENERIC_BODY_MODIFIERS.contains(doc.token(k).lower) ? generic : field).add(capitalised(doc.token(k).text));
        }
        if (field.isEmpty()) {
            return null;
        }
        // a field of one word names the body only with the modifier the name also has ("national water agency")
        List<String> required = new ArrayList<>(field);
        if (field.size() == 1) {
            if (generic.isEmpty()) {
                return null;
            }
            required.addAll(generic);
        }
        Cluster found = null;
        for (Cluster c : orgsByNameWord.getOrDefault(field.get(0), List.of())) {
            if (orgNameWords.get(c).containsAll(required)) {
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * "China's Foreign Ministry": a body whose capitalised name says only what kind of body it is
     * is named with its country, as the story's fullest form of it (the country stays a mention).
     */
    private boolean ownGenericBody(int k, Cluster place) {
        Cluster body = clusterAt[k + 2];
        if (body == null || body.type != EntityType.ORG || body.fixedName || clusterAt[k + 1] != null) {
            return false;
        }
        Span named = null;
        for (Span s : body.mentions) {
            if (s.first() == k + 2) {
                named = s;
            }
        }
        if (named == null || named.last() - named.first() > 2 || !STATE_BODIES.contains(doc.token(named.last()).lower)) {
            return false;
        }
        for (int j = named.first(); j < named.last(); j++) {
            Token t = doc.token(j);
            if (!t.isCapitalised() || !lex.portfolios.contains(t.lower)) {
                return false;
            }
        }
        int first = k;
        while (first > 0 && clusterAt[first - 1] == place) {
            first--;
        }
        String text = doc.raw.substring(doc.token(first).start, named.end());
        body.mentions.remove(named);
        body.mentions.add(new Span(first, named.last(), text, doc.token(first).start, named.end()));
        return true;
    }

    /**
     * "the Äkäsvaara municipal council", "Tarvo council": a place and a council in lower case name that place's council,
     * one body however many of the level words it is written with (the place stays a mention of its own).
     */
    private void addLocalCouncils(Map<String, Cluster> byKey) {
        int n = doc.size();
        for (int k = 0; k + 1 < n; k++) {
            Cluster place = clusterAt[k];
            if (place == null || place.type != EntityType.LOCATION || clusterAt[k + 1] == place) {
                continue;
            }
            int j = k + 1;
            while (j < n && j < k + 3 && LOCAL_LEVELS.contains(doc.token(j).text)) {
                j++;
            }
            if (j >= n || !doc.token(j).text.equals("council") || clusterAt[j] != null) {
                continue;
            }
            int first = k;
            while (first > 0 && clusterAt[first - 1] == place) {
                first--;
            }
            Token head = doc.token(j);
            String text = doc.raw.substring(doc.token(first).start, head.end);
            Cluster body = byKey.computeIfAbsent("council:" + place.canonical, x -> newCluster(EntityType.ORG, text, false));
            body.mentions.add(new Span(first, j, text, doc.token(first).start, head.end));
            for (int m = k + 1; m <= j; m++) {
                clusterAt[m] = body;
            }
        }
    }

    /**
     * A building named by an organisation's head word ("Government House", "the Afrasiyab Museum") is a body when it acts
     * or employs, and a place when the story only says where things happen there.
     */
    private void buildingsAsPlaces() {
        for (Cluster cl : clusters) {
            if (cl.type == EntityType.ORG && !cl.fixedName && !cl.mentions.isEmpty() && cl.mentions.stream().allMatch(this::isSiteOfBuilding)) {
                cl.type = EntityType.LOCATION;
            }
        }
    }

    private boolean isSiteOfBuilding(Span s) {
        if (s.first() == 0 || s.first() == s.last() || !lex.buildingNouns.contains(doc.token(s.last()).lower)) {
            return false;
        }
        int k = doc.token(s.first() - 1).is("the") ? s.first() - 1 : s.first();
        // "a fellow at the Policy Centre", "the director at": where someone works is their employer
        return k > 1 && SITE_PREPOSITIONS.contains(doc.token(k - 1).lower) && !lex.personRoles.contains(doc.token(k - 2).lower)
                && !(k > 2 && (doc.token(k - 3).is("a") || doc.token(k - 3).is("an")));
    }

    /**
     * "Swiss Sport Integrity": a nationality that opens a name of two or more other words, none a given name, a place or
     * a title, and one a word the story also writes in lower case, is part of the name (unlike "Belgian Remco Evenepoel").
     */
    private boolean isNamedWithNationality(int first, int last) {
        if (last - first < 2) {
            return false;
        }
        boolean commonWord = false;
        for (int k = first + 1; k <= last; k++) {
            Token t = doc.token(k);
            if (!t.isCapitalised() || t.isAllCaps() || lex.firstNames.containsKey(Texts.fold(t.text))
                    || lex.places.containsKey(Texts.fold(t.text)) || lex.isTitleWord(t.lower)) {
                return false;
            }
            commonWord |= lowerVocabulary.contains(t.lower);
        }
        return commonWord;
    }

    /** "the World Cup", "the Winter Games", "the Giro d'Italia": a contest by its last word, or a tour by its first. */
    private boolean isEventName(int first, int last) {
        if (lex.eventNouns.contains(doc.token(last).lower)) {
            return true;
        }
        Token next = doc.token(first + 1);
        return lex.eventNouns.contains("tour:" + doc.token(first).lower) && (CONNECTORS.contains(next.lower) || isElidedName(next));
    }

    /** A word listed with a place, or in a list standing where one does: "Bari and Brindisi", "in Finnmark and Troms". */
    private boolean isListedWithPlace(int k) {
        // (a list is walked a bounded way each side: a run of thousands of commas must not make this quadratic)
        int first = k;
        while (first >= 2 && k - first < 2 * LIST_ITEMS && isListJoint(first - 1) && doc.token(first - 2).isCapitalised()) {
            first -= 2;
        }
        int last = k;
        while (last + 2 < doc.size() && last - k < 2 * LIST_ITEMS && isListJoint(last + 1) && doc.token(last + 2).isCapitalised()) {
            last += 2;
        }
        // a comma joins a list only when "and" or "or" ends it: not "Nordvik, Norway's largest"
        boolean coordinated = false;
        for (int j = first + 1; j < last; j += 2) {
            coordinated |= !doc.token(j).isPunct(',');
        }
        if (!coordinated || doc.token(first).sentence != doc.token(last).sentence) {
            return false;
        }
        for (int j = first; j <= last; j += 2) {
            if (j != k && clusterAt[j] != null && clusterAt[j].type == EntityType.LOCATION) {
                return true;
            }
        }
        // "in Finnmark and Troms": the list stands where a place does
        return isPlaceContext(first);
    }

    private boolean isListJoint(int j) {
        return doc.token(j).isPunct(',') || doc.token(j).is("and") || doc.token(j).is("or");
    }

    /** A place's position, or the second of two names coordinated there: "in Chiang Rai and Nakhon Si Thammarat". */
    private boolean isPlaceContext(int k, List<Chunk> out) {
        if (k > 1 && (doc.token(k - 1).is("and") || doc.token(k - 1).is("or")) && !out.isEmpty()) {
            Chunk before = out.get(out.size() - 1);
            return before.last == k - 2 && before.kind == Kind.LOCATION && isPlaceContext(before.first);
        }
        return isPlaceContext(k);
    }

    /** "in Velberg", "near Orsk", "Velberg, Germany": a word in a place's position. */
    private boolean isPlaceContext(int k) {
        if (k > 0 && PLACE_PREPOSITIONS.contains(doc.token(k - 1).lower) && doc.token(k - 1).sentence == doc.token(k).sentence) {
            return true;
        }
        if (k > 1 && doc.token(k - 1).is("of") && COMPASS_POINTS.contains(doc.token(k - 2).lower)) {
            // "the plateau south of Kautokeino"
            return true;
        }
        if (k + 2 < doc.size() && doc.token(k + 1).isPunct(',') && !isPossessiveMark(k + 3)) {
            // "Tromsø, Norway"; not "Nordvik, Norway's largest miner,"
            Lexicon.Place next = lex.places.get(Texts.fold(doc.token(k + 2).text));
            return next != null && !next.capital();
        }
        return false;
    }

    /**
     * "the Japanese embassy", "the Bavarian economy ministry": a nationality adjective and a lower-case
     * description ending in a ministry or an embassy name that body (the adjective is no mention).
     */
    private void addDemonymBodies(Map<String, Cluster> byKey) {
        int n = doc.size();
        for (int k = 0; k + 1 < n; k++) {
            Token adjective = doc.token(k);
            if (clusterAt[k] != null || !adjective.isCapitalised()
                    || demonymAt[k] == null && !isDemonymOfPlace(Texts.fold(adjective.text))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(n, k + 4); j++) {
                Token t = doc.token(j);
                if (!t.isWord() || t.isCapitalised() || clusterAt[j] != null || t.sentence != adjective.sentence) {
                    break;
                }
                if (DEMONYM_BODIES.contains(t.lower)) {
                    String text = doc.raw.substring(adjective.start, t.end);
                    Cluster body = byKey.computeIfAbsent("org:" + Texts.fold(text), x -> newCluster(EntityType.ORG, text, false));
                    body.mentions.add(new Span(k, j, text, adjective.start, t.end));
                    for (int m = k + 1; m <= j; m++) {
                        clusterAt[m] = body;
                    }
                    break;
                }
            }
        }
    }

    private static boolean recurs(String key, Map<String, Integer> singleCounts) {
        return singleCounts.getOrDefault(key, 0) >= 3;
    }

    private boolean speaksNext(int last) {
        if (last + 1 >= doc.size()) {
            return false;
        }
        int verb = last + 1;
        if (doc.token(verb).isPunct(',') && verb + 1 < doc.size() && DESCRIPTION_OPENINGS.contains(doc.token(verb + 1).lower)) {
            // "X Y Z, the group's coordinator, said", "X Y Z, one of the seven members who voted against it, criticised":
            // past a description in commas
            verb += 2;
            while (verb < doc.size() && verb <= last + DESCRIPTION_WORDS && (doc.token(verb).isWord() || isPossessiveMark(verb))) {
                verb++;
            }
            if (verb + 1 >= doc.size() || !doc.token(verb).isPunct(',') || doc.token(verb).sentence != doc.token(last).sentence) {
                return false;
            }
            verb++;
        }
        return lex.verbsByFirstWord.containsKey(doc.token(verb).lower);
    }

    /** "…,\" said Au Duong Ngoc Han": {@link #speaksBefore}, or a speech verb after a closing mark. */
    private boolean isInvertedSpeaker(int first) {
        if (speaksBefore(first)) {
            return true;
        }
        Token before = first > 1 ? doc.token(first - 2) : null;
        return before != null && before.text.length() == 1 && Texts.isDoubleQuote(before.text.charAt(0))
                && lex.verbsByFirstWord.containsKey(doc.token(first - 1).lower);
    }

    /** "…, said Smith." */
    private boolean speaksBefore(int first) {
        return first > 1 && doc.token(first - 2).isPunct(',') && lex.verbsByFirstWord.containsKey(doc.token(first - 1).lower);
    }

    /** The candidate whose full name was mentioned last before the token, else the first one mentioned. */
    private static Cluster mostRecent(List<Cluster> candidates, int before) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Cluster best = null;
        long bestKey = Long.MIN_VALUE;
        for (Cluster cl : candidates) {
            List<Span> full = cl.mentions;
            Span found = lastBefore(full.subList(0, cl.fullMentions), before);
            long key = found != null ? found.first() : full.isEmpty() ? Long.MIN_VALUE + 1 : -1L - full.get(0).first();
            if (best == null || key > bestKey) {
                best = cl;
                bestKey = key;
            }
        }
        return best;
    }

    private Cluster newCluster(EntityType type, String canonical, boolean fixed) {
        Cluster cl = new Cluster(type, canonical);
        cl.fixedName = fixed;
        clusters.add(cl);
        return cl;
    }

    private void addMention(Cluster cl, Chunk c) {
        String text = text(c.first, c.last);
        int start = doc.token(c.first).start;
        cl.mentions.add(new Span(c.first, c.last, text, start, start + text.length()));
        for (int k = c.first; k <= c.last; k++) {
            clusterAt[k] = cl;
        }
    }

    private String fullestForm(Cluster cl) {
        String best = null;
        int bestWords = -1;
        for (Span s : cl.mentions) {
            int words = s.last() - s.first() + 1;
            String form = stripThe(Texts.normalizeSpaces(s.text()));
            boolean acronym = words == 1 && doc.token(s.first()).isAllCaps();
            // "Norway's state marine research agency" describes the Institute of Marine Research; it is no name of it
            boolean description = isPossessedDescription(s);
            int score = acronym || description ? 0 : words;
            if (best == null || score > bestWords
                    || (score == bestWords && Texts.fold(form).equals(Texts.fold(best))
                        && Texts.countNonAscii(form) > Texts.countNonAscii(best))) {
                best = form;
                bestWords = score;
            }
        }
        // a place written only in a dateline's capitals ("DEVGARHI:") is named as places are
        return cl.type == EntityType.LOCATION && best.length() >= 4 && best.equals(best.toUpperCase(Locale.ROOT)) ? titleCase(best) : best;
    }

    /** Whether a mention is a place's lower-case description of a body: "Norway's state marine research agency". */
    private boolean isPossessedDescription(Span s) {
        for (int k = s.first(); k < s.last(); k++) {
            if (doc.token(k).kind == Token.Kind.POSSESSIVE && !doc.token(k + 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static String stripThe(String text) {
        return text.startsWith("the ") || text.startsWith("The ") ? text.substring(4) : text;
    }

    /** The country a name's place or nationality word points to ("U.S. Navy", "Kenyan Navy", "Brazil"), or null. */
    String countryIn(String name) {
        for (String w : WHITESPACE.split(Texts.fold(name))) {
            Lexicon.Place place = lex.places.get(w);
            String country = place != null ? place.canonical() : lex.demonyms.get(w);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** Content words of an organisation name, sorted, without places and connectors. */
    private String contentKey(String name) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : WHITESPACE.split(Texts.fold(name))) {
            if (w.isEmpty() || CONNECTORS.contains(w) || w.equals("the") || lex.places.containsKey(w)
                    || lex.demonyms.containsKey(w)) {
                continue;
            }
            words.add(w);
        }
        return words.size() >= 2 ? String.join(" ", words) : null;
    }

    private String initials(int first, int last, boolean withConnectors) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token t = doc.token(k);
            if (lex.places.containsKey(Texts.fold(t.text)) && k == first) {
                continue;
            }
            if (CONNECTORS.contains(t.lower) || t.is("the")) {
                if (withConnectors && t.is("of")) {
                    sb.append('O');
                }
                continue;
            }
            sb.append(Character.toUpperCase(t.text.charAt(0)));
            appendCapitals(sb, t.text.substring(1));
        }
        return sb.toString();
    }

    /** "Lanao del Sur": a compass word after "del" ends a name, though "sur" also joins one ("Boulogne sur Mer"). */
    private boolean isCompassEnding(int k) {
        return k > 0 && doc.token(k).isCapitalised() && COMPASS_ENDINGS.contains(doc.token(k).lower) && doc.token(k - 1).is("del");
    }

    /** An elided article before a name: "l'Aviazione", "d'Italia". */
    private static boolean isElidedName(Token t) {
        int mark = Math.max(t.text.indexOf('\''), t.text.indexOf('\u2019'));
        return t.isWord() && mark > 0 && mark <= 2 && mark + 1 < t.text.length() && Character.isUpperCase(t.text.charAt(mark + 1));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** "World Anti-Doping Agency" is WADA: each capitalised part of a joined word gives a letter. */
    private static void appendCapitals(StringBuilder sb, String word) {
        // called for every capitalised word of a story (acronym spelling), so no split and no allocation
        boolean partStart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (partStart && Character.isUpperCase(c)) {
                sb.append(c);
            }
            partStart = c == '-' || c == '\'' || c == '\u2019';
        }
    }

    /** Whether the capitalised run from k is followed by an acronym in brackets of its own initials ({@link #isShortenedAfter}). */
    private boolean isAbbreviatedAlone(int k) {
        int last = k;
        while (last + 1 < doc.size() && last < k + 6 && doc.token(last + 1).isCapitalised()) {
            last++;
        }
        return isShortenedAfter(k, last);
    }

    /**
     * Words around a name that only a body takes: its initials in brackets after it ("Burgerlijst
     * Vlaanderen (BLV)"), a political leaning before it ("the centre-left Sociale Koers"), or a
     * leader or members of its own ("Duurzaam Vlaanderen's leader").
     */
    private boolean isMarkedAsBody(int first, int last) {
        String acronym = parentheticalAcronym(last);
        if (acronym != null && acronym.length() <= 6 && acronym.charAt(0) == doc.token(first).text.charAt(0)) {
            return true;
        }
        if (first > 0 && LEANINGS.contains(doc.token(first - 1).lower)) {
            return true;
        }
        return last + 2 < doc.size() && isPossessiveMark(last + 1) && BODY_PARTS.contains(doc.token(last + 2).lower)
                || isSelfNamedBody(first > 0 && doc.token(first - 1).is("the") ? first - 1 : first)
                || isNameInAnotherLanguage(first, last) || isGlossAfterAcronym(first);
    }

    /** "The Welsh Netball Association (WNA), Cymdeithas Pêl-rwyd Cymru in Welsh, cut": a body's name in another language. */
    private boolean isNameInAnotherLanguage(int first, int last) {
        return first > 0 && doc.token(first - 1).isPunct(',') && last + 3 < doc.size() && doc.token(last + 1).is("in")
                && doc.token(last + 2).isCapitalised() && lex.demonyms.containsKey(doc.token(last + 2).lower)
                && doc.token(last + 3).isPunct(',');
    }

    /** "(SAC, Coastal Waters Superintendency)": a translation after a body's initials in brackets. */
    private boolean isGlossAfterAcronym(int first) {
        return first > 2 && doc.token(first - 1).isPunct(',') && doc.token(first - 2).isAllCaps() && doc.token(first - 3).isPunct('(');
    }

    /** "The alliance, which goes by the name X", "The community, formally the X": the name a body's noun goes by. */
    private boolean isSelfNamedBody(int name) {
        for (List<String> phrase : SELF_NAMING) {
            int at = name - phrase.size();
            if (at >= 2 && pastPhrase(at, name, phrase) == name && doc.token(at - 1).isPunct(',')
                    && (lex.orgHeads.contains(doc.token(at - 2).lower) || lex.orgNouns.contains(doc.token(at - 2).lower))) {
                return true;
            }
        }
        return false;
    }

    /** A place from k that owns the name after it: "China's" in "of China's State Council". */
    private boolean isOwnerOfName(int k) {
        int last = k;
        while (last + 1 < doc.size() && last < k + 4 && doc.token(last + 1).isCapitalised()) {
            last++;
        }
        return last + 2 < doc.size() && isPossessiveMark(last + 1) && doc.token(last + 2).isCapitalised()
                && lex.places.containsKey(fold(k, last));
    }

    /**
     * A model number or a lettered thing, no name: "NK-207", "Iara-1", "B-sample", "X-ray"; but
     * capitals with a short number may be a group's name ("M-19", "G-20").
     */
    private static boolean isCodeWord(Token t) {
        if (t.text.length() == 1) {
            // "her B sample", "Plan B", "Group C": a letter alone names nothing
            return true;
        }
        int dash = t.text.lastIndexOf('-');
        if (dash <= 0 || dash == t.text.length() - 1) {
            return false;
        }
        String head = t.text.substring(0, dash);
        String tail = t.text.substring(dash + 1);
        if (tail.chars().allMatch(Character::isDigit)) {
            return tail.length() >= 3 || !head.equals(head.toUpperCase(Locale.ROOT));
        }
        return dash == 1 && Character.isLowerCase(tail.charAt(0));
    }

    /**
     * A currency, not a body: three capitals before an amount ("NOK 3.1 billion", "CHF 40"), two
     * letters before one ("Rs 240 crore", "Rp 31 trillion"), letters glued to a currency sign
     * ("GH₵ 18,400", "R$ 110 million", "HK$ 5 billion") or to the amount ("RM2.4 billion").
     */
    private boolean isCurrencyCode(int k) {
        Token t = doc.token(k);
        if (GLUED_AMOUNT.matcher(t.text).matches() && (t.text.indexOf('.') > 0
                || k + 1 < doc.size() && MAGNITUDES.contains(doc.token(k + 1).lower))) {
            // "RM2.4 billion", "RM12 million": the currency glued to its amount (not "G20", "COP28")
            return true;
        }
        if (!t.isCapitalised() || t.text.length() > 3 || k + 1 >= doc.size()) {
            return false;
        }
        Token next = doc.token(k + 1);
        if (next.kind == Token.Kind.PUNCT && next.start == t.end
                && Character.getType(next.text.codePointAt(0)) == Character.CURRENCY_SYMBOL) {
            return true;
        }
        return next.kind == Token.Kind.NUMBER && (t.text.length() == 3 ? t.isAllCaps() : t.text.length() == 2 && !t.isAllCaps());
    }

    /** "the Danish rider Kasper Østergaard": a singular role noun right before token first. */
    private boolean isRoleNounBefore(int first) {
        Token before = doc.token(first - 1);
        return before.isWord() && !before.isCapitalised() && !before.lower.endsWith("s") && lex.personRoles.contains(before.lower);
    }

    /**
     * "South Australian", "North Macedonians": a known place's name with "n" or "ns" after it, or a
     * country's adjective after compass words.
     */
    private boolean isPlaceAdjective(int first, int last) {
        String folded = fold(first, last);
        String singular = folded.endsWith("ns") ? folded.substring(0, folded.length() - 1) : folded;
        if (singular.endsWith("n") && lex.places.containsKey(singular.substring(0, singular.length() - 1))) {
            return true;
        }
        for (int k = first; k < last; k++) {
            if (!COMPASS_WORDS.contains(doc.token(k).text)) {
                return false;
            }
        }
        String word = doc.token(last).lower;
        return lex.demonyms.containsKey(word) || word.endsWith("s") && lex.demonyms.containsKey(word.substring(0, word.length() - 1));
    }

    /** "the Centre Movement (Centra Kustība)", "(Progresīvā Lauku Savienība, PLS)": a name in brackets right after an organisation's. */
    private boolean isBracketedAfter(Chunk c, int lastOrgEnd) {
        if (lastOrgEnd < 0 || c.first <= lastOrgEnd + 1 || c.last + 1 >= doc.size()) {
            return false;
        }
        if (apposedBodyAfter(lastOrgEnd) == c.first || isNameInCommasAfter(c, lastOrgEnd)) {
            return true;
        }
        int open = c.first - 1;
        while (open > lastOrgEnd + 1 && c.first - open < GLOSS_WORDS
                && (doc.token(open).isCapitalised() || lex.functionWords.contains(doc.token(open).lower) || isPossessiveMark(open))) {
            // "(One Voice Youth Movement)", "(Together with Families Association)", "(Citizens’ Committee Save Crane
            // Hill)": words the name was stripped of
            open--;
        }
        return open == lastOrgEnd + 1 && doc.token(open).isPunct('(')
                && (doc.token(c.last + 1).isPunct(')') || doc.token(c.last + 1).isPunct(',') || glossEnd(open) > c.last);
    }

    /**
     * "The Icelandic Tourist Board, Ferðamálastofa, welcomed": a name with no given name in commas right after a
     * body's, its name in another language (not one of a list: "Toyota, Hyundai, and Kia").
     */
    private boolean isNameInCommasAfter(Chunk c, int lastOrgEnd) {
        if (c.first != lastOrgEnd + 2 || !doc.token(lastOrgEnd + 1).isPunct(',') || c.last + 2 >= doc.size()
                || isComplementOfRole(lastOrgEnd)
                || lex.firstNames.containsKey(Texts.fold(doc.token(c.first).text)) || !lex.orgHeads.contains(doc.token(lastOrgEnd).lower)) {
            return false;
        }
        Token after = doc.token(c.last + 1);
        Token next = doc.token(c.last + 2);
        return after.isPunct(',') && !next.is("and") && !next.is("or") || after.isPunct('(');
    }

    /** "The FNR's leader in Congress, Lidia Achucarro,": the body's name ending at k completes a role before it. */
    private boolean isComplementOfRole(int k) {
        int j = k;
        while (j > 0 && (doc.token(j).isCapitalised() || CONNECTORS.contains(doc.token(j).lower)) && doc.token(j).sentence == doc.token(k).sentence) {
            j--;
        }
        if (doc.token(j).is("the") && j > 0) {
            j--;
        }
        return PREPOSITIONS_BEFORE_BODY.contains(doc.token(j).lower) || isPossessiveMark(j);
    }

    /**
     * The organisation a name that looks like a person's stands for: its other name in brackets, or
     * its own first or last words ("Northmoor Kestrel" after "Northmoor Kestrel Mining"); null if none.
     */
    private Cluster organisationRenamed(Chunk c, String key, Cluster lastOrg, int lastOrgEnd,
            Map<String, Cluster> orgByShortName) {
        if (lastOrg != null && isBracketedAfter(c, lastOrgEnd)) {
            return lastOrg;
        }
        if (c.first == c.last || lex.firstNames.containsKey(Texts.fold(doc.token(c.first).text))) {
            return null;
        }
        Cluster found = orgByShortName.get(key);
        return found == AMBIGUOUS ? null : found;
    }

    /**
     * Whether the name of several words is followed by an acronym of its initials in brackets, which
     * bodies have and persons do not: "Futbolistas Argentinos Agremiados (FAA)".
     */
    private boolean isShortenedAfter(int first, int last) {
        String acronym = parentheticalAcronym(last);
        return first < last && acronym != null && acronym.length() >= 2
                && (acronym.equals(initials(first, last, false)) || acronym.equals(initials(first, last, true)));
    }

    private String parentheticalAcronym(int last) {
        if (last + 3 < doc.size() && doc.token(last + 1).isPunct('(') && doc.token(last + 2).isAllCaps()
                && doc.token(last + 3).isPunct(')')) {
            return doc.token(last + 2).text;
        }
        return null;
    }

    private static String titleCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? sb.toString() : text;
    }
}
