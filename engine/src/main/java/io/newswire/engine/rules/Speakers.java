package io.newswire.engine.rules;

import static io.newswire.engine.rules.Words.ADVERBS;
import static io.newswire.engine.rules.Words.AUXILIARIES;
import static io.newswire.engine.rules.Words.DETERMINERS;
import static io.newswire.engine.rules.Words.INDEFINITES;
import static io.newswire.engine.rules.Words.KIN;
import static io.newswire.engine.rules.Words.PREPOSITIONS;
import static io.newswire.engine.rules.Words.PRONOUNS;
import static io.newswire.engine.rules.Words.SUBORDINATORS;

import io.newswire.engine.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a subject noun phrase names: the grammar around the verb (adverbs, auxiliaries,
 * appositives, relative clauses, participle asides, coordination, datelines) and the discourse
 * before it (pronouns by gender, roles, organisation and document nouns, the persons in focus).
 */
final class Speakers {

    /**
     * A resolved subject: named, unnamed (valid, speaker null) or none (no statement); {@code someone}
     * is the head noun of an unnamed individual ("an official"), whom a later "he" or "the official" means.
     */
    record Subject(boolean valid, Entities.Cluster cluster, String someone) {
        static final Subject NONE = new Subject(false, null, null);
        static final Subject UNNAMED = new Subject(true, null, null);

        static Subject of(Entities.Cluster c) {
            return new Subject(true, c, null);
        }
    }

    /** Possessives that tie people to a named actor: "X and her colleagues". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
    /** Participles that open an aside in commas: "the Dairy Council, known as DC, said". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("known", "born", "run", "chosen", "seen", "led", "built");
    /** Spans of time a phrase of time between subject and verb names: "which last year warned". */
    private static final Set<String> PERIODS = Set.of("week", "weekend", "month", "year", "spring", "summer", "autumn", "winter");
    /** Lower-case words a description before a name runs to: "state-owned container line". */
    private static final int DESCRIPTION_BEFORE_NAME = 3;
    /** Nouns that stand for the company a story is about. */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group");
    /** How far before its verb a subject's aside may give the speaker's name. */
    private static final int NAME_GIVING_WORDS = 30;
    /** Words before "as" that give the name of someone described: "gave her name as", "identified only as". */
    private static final Set<String> NAME_GIVING = Set.of("name", "identified");
    /** How far back from a verb the relative clause of its subject may open: "who" the nearer, "that" after a body's noun. */
    private static final int WHO_CLAUSE_WORDS = 12;
    private static final int RELATIVE_CLAUSE_WORDS = 16;
    /** People whose words are the position of whoever they speak for. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** How far into its sentence a name may stand and still be its subject: "Its chief executive, X,". */
    private static final int SUBJECT_WORDS = 8;
    /** How far back, in tokens, a pronoun ("she", "him") looks for the person it stands for. */
    static final int LOOK_BACK = 400;
    /** Tokens inside brackets after a name: "(Movimento Renovação Popular, MRP)". */
    private static final int BRACKET_WORDS = 12;
    /** Words of a title before a name: "Deputy Prime Minister". */
    private static final int TITLE_WORDS = 4;
    /** Lower-case words before the noun for a body an indefinite description names: "a Lagos-based lobby group". */
    private static final int BODY_DESCRIPTION_WORDS = 4;
    /** Words between a demonym and the name it introduces: "German gearbox and axle maker Brandauer". */
    private static final int INTRODUCTION_WORDS = 6;
    /** Words of a quoted term an aside may hold: "the retail investors known as “ants”". */
    private static final int ASIDE_QUOTE_WORDS = 3;
    /** Words of a relative clause between a speaker and its verb. */
    private static final int RELATIVE_ASIDE_WORDS = 35;

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();
    private final StanceReferents referents;
    /** Persons and organisations that were speakers or subjects, most recent last. */
    private final List<Entities.Cluster> focus = new ArrayList<>();
    private Entities.Cluster lastSpeaker;
    private int lastSpeakerParagraph = -1;
    /** Head noun of the unnamed individual who spoke last, until a named person speaks or opens a sentence. */
    private String someone;
    /** Paragraph where that individual spoke: a pronoun further on no longer means them. */
    private int someoneParagraph;

    Speakers(Doc doc, Entities entities, StanceReferents referents) {
        this.doc = doc;
        this.entities = entities;
        this.referents = referents;
    }

    /** A person who opens a sentence is in focus for the next pronoun, without having spoken. */
    void focusOn(Entities.Cluster c) {
        someone = null;
        focus.remove(c);
        focus.add(c);
    }

    /** An organisation that opens a sentence as its subject is what the next "it" means. */
    void focusOnOrganisation(Entities.Cluster c) {
        focus.remove(c);
        focus.add(c);
    }

    /** The subject of the verb at v: appositives, relative clauses and coordination resolved. */
    Subject subjectOf(int v, int from, int to) {
        int k = v - 1;
        while (k >= from && (ADVERBS.contains(doc.token(k).lower) || AUXILIARIES.contains(doc.token(k).lower)
                || (doc.token(k).lower.endsWith("ly") && !doc.token(k).isCapitalised() && doc.token(k).isWord())
                || doc.token(k).is("to") && k > from && lex.verbsByFirstWord.containsKey(doc.token(k - 1).lower))) {
            if (doc.token(k).is("to")) {
                k--;
            }
            k--;
        }
        int day = dayPhraseStart(k, from);
        if (day >= 0) {
            // "Ramón Ibáñez, on Monday accused", "the club on Tuesday rejected": when, between subject and verb
            k = day - 1;
        }
        int phrase = interposedPhraseStart(k, from);
        if (phrase >= 0) {
            // "Denmark has for years pushed for": a phrase of time between auxiliary and verb
            k = phrase - 1;
            while (k >= from && (ADVERBS.contains(doc.token(k).lower) || AUXILIARIES.contains(doc.token(k).lower))) {
                k--;
            }
        }
        k = beforeBrackets(k, from);
        if (k < from) {
            return Subject.NONE;
        }
        Entities.Cluster identified = nameGivenInClause(Math.max(from, k - NAME_GIVING_WORDS), k);
        if (identified != null) {
            // "a woman who gave her name only as Umm Khalil said", "a farmer, identified only as Tomás, said"
            return Subject.of(identified);
        }
        Token t = doc.token(k);
        if (t.is("and") || t.is("but")) {
            // "X holds 34 per cent; Y controls the rest and welcomed the offer": the clause after a semicolon has its own subject
            return mainSubject(clauseStart(from, k), v);
        }
        if (PRONOUNS.contains(t.lower) && (k == from || !doc.token(k - 1).isPunct(','))) {
            // "during the campaign last year he accused": a pronoun is a whole noun phrase
            if (t.is("it") && k > from && (doc.token(k - 1).is("but") || doc.token(k - 1).is("and"))) {
                // "Acme has offered talks, but it has refused …": the subject of the first clause
                Subject first = mainSubject(from, k);
                if (first.valid() && first.cluster() != null && first.cluster().type != EntityType.PERSON) {
                    return first;
                }
            }
            return pronoun(t.lower, k);
        }
        if (t.is("that") || t.is("which") || t.is("who")) {
            int end = k - 1;
            if (end >= from && doc.token(end).isPunct(',')) {
                end--;
            }
            int begin = nounPhraseStart(end, from);
            if (t.is("which")) {
                // "criticism from the union, which said", "according to the firm, which said": what "which" stands
                // for is the noun phrase after the last preposition
                for (int p = end - 1; p > begin; p--) {
                    if (PREPOSITIONS.contains(doc.token(p).lower) && !doc.token(p).is("of") && entities.at(p) == null) {
                        begin = p + 1;
                        break;
                    }
                }
            }
            // "Brisa Aérea, the low-cost carrier that had urged": the noun the clause describes is apposed to a name
            Entities.Cluster named = t.is("that") ? null : antecedentName(begin, end);
            if (named == null && end == k - 1) {
                named = nameApposedBefore(begin);
            }
            if (named != null) {
                // "approval from the Tarn Commission, which said", "Nordkap, the pension fund, which has warned"
                return Subject.of(entities.actor(named));
            }
            if (t.is("which") && isThingNoun(doc.token(end))) {
                // "accused X of breaking the coalition agreement, which promises stable funding": a thing speaks for no one
                return Subject.NONE;
            }
            Subject antecedent = resolveNounPhrase(begin, end, v);
            if (endsInDocumentNoun(begin, end) && firstEntity(begin, end + 1) == null) {
                Subject main = mainSubject(from, begin);
                if (main.valid()) {
                    return main;
                }
            }
            if (!antecedent.valid()) {
                return mainSubject(from, begin);
            }
            return antecedent;
        }
        if (t.isPunct(',')) {
            Token verb = doc.token(v);
            if (verb.lower.endsWith("ing")) {
                return mainSubject(from, k);
            }
            // skip asides in commas: "Okafor, who took office in May, has argued", "Roe, 45, a banker, said"
            int asides = 0;
            while (asides < 4 && doc.token(k).isPunct(',')) {
                int relative = relativeAsideOpening(k, from);
                int selfName = relative > from ? entities.pastPhrase(relative + 1, k, Entities.CALLS_ITSELF) : -1;
                Entities.Cluster selfNamed = selfName >= 0 ? entities.at(selfName) : null;
                if (selfNamed != null && selfNamed.type == EntityType.ORG) {
                    // "The coalition, which calls itself Ertad, said": the name it goes by speaks
                    return Subject.of(selfNamed);
                }
                if (relative > from) {
                    // "X (VHH), which represents makers of pumps, boilers and fans, said": commas of its own inside
                    k = relative;
                    asides++;
                    continue;
                }
                int open = k - 1;
                int segmentEnd = k - 1;
                while (open > from && !doc.token(open).isPunct(',') && open > k - 25) {
                    int bracket = doc.token(open).isPunct(')') ? bracketOpening(open, from) : -1;
                    if (bracket > from) {
                        // "the Popular Renewal Movement (Movimento Renovação Popular, MRP)": commas in brackets are the name's
                        segmentEnd = open == k - 1 ? bracket - 1 : segmentEnd;
                        open = bracket;
                    }
                    open--;
                }
                boolean enclosed = open > from && doc.token(open).isPunct(',');
                if (!enclosed) {
                    // the subject runs from the sentence start to the first aside
                    if (asides == 0) {
                        return Subject.NONE;
                    }
                    break;
                }
                Entities.Cluster named = apposedName(open + 1, segmentEnd);
                if (named != null) {
                    // "whose director, Jane Roe, said", "its partner, the Farmers' Union, said": the name in commas speaks
                    return Subject.of(named);
                }
                if (!isAside(open + 1, k - 1) && !isPlaceName(open + 1, k - 1)) {
                    break;
                }
                k = open;
                asides++;
            }
            if (asides == 0) {
                return Subject.NONE;
            }
            k = beforeBrackets(k - 1, from);
        }
        int who = restrictiveRelative(k, from);
        if (who > from) {
            // "an official who declined to be named said": the noun phrase before "who" speaks; a body the story never
            // names is someone unnamed ("The union that represents dockers said")
            Subject described = resolveNounPhrase(nounPhraseStart(who - 1, from), who - 1, v);
            return described.valid() || doc.token(who).is("who") ? described : Subject.UNNAMED;
        }
        if (doc.token(v).lower.endsWith("ing")) {
            // "a report revealing that", "a filing on Monday arguing that"
            int begin = nounPhraseStart(k, from);
            Subject s = resolveNounPhrase(begin, k, v);
            return s.valid() && s.cluster() != null ? s : mainSubject(from, begin);
        }
        int begin = nounPhraseStart(k, from);
        Entities.Cluster namedBody = begin > from + 2 ? bodyNamedAfterDescription(from, begin - 1, true) : null;
        if (namedBody != null) {
            // "A lobby group representing more than 200 firms said": the body the description heads, not the firms
            return Subject.of(namedBody);
        }
        Entities.Cluster companion = companionOf(begin, from);
        if (companion != null) {
            return Subject.of(companion);
        }
        return resolveNounPhrase(begin, k, v);
    }

    /** The first token after the last semicolon before token k, or from when there is none. */
    private int clauseStart(int from, int k) {
        for (int j = k - 1; j > from; j--) {
            if (doc.token(j).isPunct(';')) {
                return j + 1;
            }
        }
        return from;
    }

    /**
     * "the lead author, Dr X, and her colleagues reported", "Justice X and two colleagues warned": the named actor
     * whose own or unnamed people join it in the subject ("and his lawyers", "and two colleagues"), or null.
     */
    private Entities.Cluster companionOf(int begin, int from) {
        int and = doc.token(begin).is("and") ? begin : begin - 1;
        if (and <= from || !doc.token(and).is("and") || and + 1 >= doc.size()
                || !POSSESSIVE_PRONOUNS.contains(doc.token(and + 1).lower) && !INDEFINITES.contains(doc.token(and + 1).lower)) {
            return null;
        }
        int named = and - 1;
        if (named > from && doc.token(named).isPunct(',')) {
            named--;
        }
        Entities.Cluster c = named >= from ? entities.at(named) : null;
        return c != null && entities.canAct(c) ? c : null;
    }

    /**
     * The person or organisation an appositive names: the name alone or after a determiner and
     * common nouns ("the pension fund Nordkap"); not one inside a phrase ("the head of Nordkap").
     */
    private Entities.Cluster apposedName(int first, int last) {
        // "Professor Itziar Goikoetxea of Bardenas University": the title before the name
        int name = afterTitles(first, last);
        Entities.Cluster opening = entities.at(name);
        if (opening != null && opening.type == EntityType.PERSON) {
            int after = name;
            while (after <= last && entities.at(after) == opening) {
                after++;
            }
            if (after < last && (doc.token(after).is("of") || doc.token(after).is("from") || doc.token(after).is("at"))) {
                // "His closest rival, Luíza Amaral of the United Goiânia coalition, welcomed"
                return opening;
            }
        }
        Entities.Cluster named = entities.at(last);
        if (named == null || named.type == EntityType.LOCATION) {
            return null;
        }
        int k = first;
        if (entities.at(k) != named && named.type == EntityType.PERSON) {
            return isTitledName(first, last, named) || isDescribedName(first, last, named) ? named : null;
        }
        if (entities.at(k) != named) {
            if (!DETERMINERS.contains(doc.token(k).lower)) {
                return null;
            }
            k++;
            while (k <= last && entities.at(k) != named) {
                if (!isDescriptionWord(k)) {
                    return null;
                }
                k++;
            }
        }
        while (k <= last && entities.at(k) == named) {
            k++;
        }
        return k > last ? named : null;
    }

    /** The first token from k on, up to last, that is not a capitalised title or its period: "Dr. Jane Roe" is at "Jane". */
    int afterTitles(int k, int last) {
        int name = k;
        while (name < last && name < k + TITLE_WORDS && entities.at(name) == null
                && (doc.token(name).isCapitalised() && lex.isTitleWord(doc.token(name).lower) || doc.token(name).isPunct('.'))) {
            name++;
        }
        return name;
    }

    /**
     * The organisation, person or country a relative pronoun after a comma refers to: the name
     * just before it, or before its appositive ("a showdown with Germany, which urged ...").
     */
    private Entities.Cluster antecedentName(int begin, int end) {
        if (end < begin || !doc.token(end + 1).isPunct(',')) {
            return null;
        }
        Entities.Cluster named = entities.at(end);
        if (named == null) {
            return nameApposedBefore(begin);
        }
        return entities.canAct(named) ? entities.actor(named) : null;
    }

    /** "Nordkap, the pension fund": the actor named before the comma of a noun phrase starting at begin, or null. */
    private Entities.Cluster nameApposedBefore(int begin) {
        if (begin < 2 || !doc.token(begin - 1).isPunct(',') || !DETERMINERS.contains(doc.token(begin).lower)) {
            return null;
        }
        Entities.Cluster named = entities.at(begin - 2);
        return named != null && entities.canAct(named) ? entities.actor(named) : null;
    }

    /** Whether a person or an organisation is named in [first, last]. */
    private boolean namesBody(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (entities.at(k) != null && entities.at(k).type != EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    /** A common noun for no body, person or document: "agreement", not "ministry", "spokesman" or "report". */
    private boolean isThingNoun(Token t) {
        return t.isWord() && !t.isCapitalised() && !lex.orgHeads.contains(t.lower) && !lex.orgNouns.contains(t.lower)
                && !lex.personRoles.contains(t.lower) && !lex.documentNouns.contains(t.lower)
                && !lex.governmentNouns.contains(t.lower) && !lex.isTitleWord(t.lower) && !PRONOUNS.contains(t.lower);
    }

    /** Whether a relative clause without commas that describes the subject ends at k. */
    boolean endsRestrictiveRelative(int k, int from) {
        return restrictiveRelative(k, from) > from;
    }

    /**
     * The "who" opening a relative clause without commas that ends at k, or the "that" after a body's noun
     * ("The association that represents the canton's resorts rejected"); else -1.
     */
    private int restrictiveRelative(int k, int from) {
        boolean listed = false;
        for (int w = k; w > from && w > k - RELATIVE_CLAUSE_WORDS; w--) {
            Token t = doc.token(w);
            if (t.isPunct(',') && w < k) {
                // "an association that represents boats on São Miguel, Terceira and Pico welcomed": a list in the clause
                listed = true;
                continue;
            }
            if (!t.isWord() && t.kind != Token.Kind.POSSESSIVE && t.kind != Token.Kind.NUMBER || t.quote >= 0) {
                return -1;
            }
            if (t.is("who")) {
                return !listed && doc.token(w - 1).isWord() && !doc.token(w - 1).isPunct(',') && w > k - WHO_CLAUSE_WORDS ? w : -1;
            }
            if (t.is("that") && w < k && isBodyNoun(doc.token(w - 1)) && !doc.token(w - 1).isCapitalised()) {
                return w;
            }
        }
        return -1;
    }

    /** An aside that is a role and then the person: "former Botswana foreign minister Kagiso Molefe". */
    private boolean isTitledName(int first, int last, Entities.Cluster person) {
        int name = last;
        while (name > first && entities.at(name - 1) == person) {
            name--;
        }
        // "Prof. Henrike Kolk": the abbreviation's period
        int roleAt = name - 1 > first && doc.token(name - 1).isPunct('.') ? name - 2 : name - 1;
        Token role = doc.token(roleAt);
        if (name == first || !(lex.isTitleWord(role.lower) || lex.personRoles.contains(role.lower))) {
            return false;
        }
        for (int k = first; k <= roleAt; k++) {
            Token t = doc.token(k);
            Entities.Cluster within = entities.at(k);
            if (within != null && within.type == EntityType.ORG && t.isWord()) {
                // "former Court of Appeals justice Jane Roe": the body the role serves may hold a preposition
                continue;
            }
            if (!t.isWord() || PREPOSITIONS.contains(t.lower) || lex.verbsByFirstWord.containsKey(t.lower)) {
                return false;
            }
        }
        return true;
    }

    /** "the Argentine intermediary Ricardo Olmedo": a person's name after a determiner and words that describe the person. */
    private boolean isDescribedName(int first, int last, Entities.Cluster person) {
        if (!DETERMINERS.contains(doc.token(first).lower)) {
            return false;
        }
        int name = last;
        while (name > first && entities.at(name - 1) == person) {
            name--;
        }
        if (name <= first + 1) {
            return false;
        }
        for (int k = first + 1; k < name; k++) {
            if (!isDescriptionWord(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of a description before a name: "the Danish rider", "the Perth fund", "the Austrian-born"; capitalised only
     * for a nationality, a place or an origin.
     */
    private boolean isDescriptionWord(int k) {
        Token t = doc.token(k);
        boolean named = entities.demonymAt(k) != null || entities.at(k) != null && entities.at(k).type == EntityType.LOCATION
                || Entities.isCompoundOfOrigin(t);
        return t.isWord() && (!t.isCapitalised() || named) && !PREPOSITIONS.contains(t.lower) && !lex.functionWords.contains(t.lower)
                && !lex.verbsByFirstWord.containsKey(t.lower);
    }

    /**
     * The token before the brackets closed at k, else k: "the Financial Markets Authority (AFM) flagged",
     * "the Dealers' Association (its name in Vietnamese), which …, criticised": the brackets repeat the name.
     */
    private int beforeBrackets(int k, int from) {
        int open = k > from && doc.token(k).isPunct(')') ? bracketOpening(k, from) : -1;
        return open > from ? open - 1 : k;
    }

    /** The "(" of the brackets closed at k, or -1. */
    private int bracketOpening(int k, int from) {
        for (int b = k - 1; b > from && b > k - BRACKET_WORDS; b--) {
            if (doc.token(b).isPunct('(')) {
                return b;
            }
        }
        return -1;
    }

    /** The comma that opens a relative clause ", which …" or ", who …" closed by the comma at k, or -1. */
    private int relativeAsideOpening(int k, int from) {
        for (int j = k - 1; j > from + 1 && j > k - RELATIVE_ASIDE_WORDS; j--) {
            Token t = doc.token(j);
            if (t.isTerminal() || t.quote >= 0 && doc.quotes.get(t.quote).words() > ASIDE_QUOTE_WORDS || t.isPunct(';')) {
                return -1;
            }
            if ((t.is("which") || t.is("who") || t.is("whose") && hasAuxiliary(j + 1, k)) && doc.token(j - 1).isPunct(',')) {
                // ("X, whose director, Jane Roe, said": a "whose" with no verb of its own is the subject)
                return j - 1;
            }
        }
        return -1;
    }

    /** Whether an auxiliary stands in [from, to): "whose fleet is often described". */
    private boolean hasAuxiliary(int from, int to) {
        for (int j = from; j < to; j++) {
            if (AUXILIARIES.contains(doc.token(j).lower)) {
                return true;
            }
        }
        return false;
    }

    /** A parenthetical between commas: relative clause, participle, appositive, age, prepositional phrase. */
    private boolean isAside(int first, int last) {
        Token a = doc.token(first);
        Token z = doc.token(last);
        return a.lower.endsWith("ing") || (a.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(a.lower)) && !a.isCapitalised() || a.is("who") || a.is("which")
                || a.is("whose") || a.is("including") || a.is("attributed") || DETERMINERS.contains(a.lower) || lex.isTitleWord(a.lower)
                || PREPOSITIONS.contains(a.lower) || first == last && (a.kind == Token.Kind.NUMBER || Words.PARENTHETICALS.contains(a.lower))
                || lex.personRoles.contains(z.lower) || lex.isTitleWord(z.lower) || isPossessedRole(first, last)
                || isPossessedDescription(first, last)
                // "Fiskarlaget (FL), or the Fishers' League, said": the name in English
                || a.is("or") && first < last && (doc.token(first + 1).isCapitalised() || doc.token(first + 1).is("the"))
                // "Asantha Weragoda, now a television commentator, criticised"
                || (a.is("now") || a.is("also")) && first < last && DETERMINERS.contains(doc.token(first + 1).lower)
                // "X, part of the Academy of Sciences,", "X, one of the oldest clubs,", "X, 40 kilometres north of Y,"
                || (a.is("part") || a.is("one")) && first < last && doc.token(first + 1).is("of")
                // "Sumitra Kisku-Majhi, convener of the BASP, dismissed": a role we have no word for, then its body
                || a.isWord() && !a.isCapitalised() && first + 1 < last && doc.token(first + 1).is("of")
                || a.kind == Token.Kind.NUMBER && first < last && doc.token(first + 1).isWord() && !doc.token(first + 1).isCapitalised()
                    && !AUXILIARIES.contains(doc.token(first + 1).lower);
    }

    /** "Britain's national weather service": a name's noun phrase with no verb describes the subject before it. */
    private boolean isPossessedDescription(int first, int last) {
        if (first + 2 > last || !doc.token(first).isCapitalised() || doc.token(first + 1).kind != Token.Kind.POSSESSIVE
                || last - first > 7) {
            return false;
        }
        for (int k = first + 2; k <= last; k++) {
            Token t = doc.token(k);
            if (!t.isWord() || AUXILIARIES.contains(t.lower) || lex.verbsByFirstWord.containsKey(t.lower)
                    || t.lower.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    /** "Kestrel's head of regulatory science", "the union's chief negotiator": a role its employer owns. */
    private boolean isPossessedRole(int first, int last) {
        for (int k = first; k < last && k < first + 5; k++) {
            if (doc.token(k).kind == Token.Kind.POSSESSIVE) {
                for (int r = k + 1; r <= last && r < k + 4; r++) {
                    String w = doc.token(r).lower;
                    if (lex.personRoles.contains(w) || lex.isTitleWord(w)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** A place alone in commas qualifies the place before it: "in Bremerhaven, Germany, who ...". */
    private boolean isPlaceName(int first, int last) {
        Entities.Cluster place = entities.at(first);
        if (place == null || place.type != EntityType.LOCATION) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (entities.at(k) != place) {
                return false;
            }
        }
        return true;
    }

    private boolean hasUnknownName(int begin, int end) {
        for (int k = begin; k <= end; k++) {
            if (doc.token(k).isCapitalised() && entities.at(k) == null && !lex.functionWords.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation last introduced before token at with the origin the words [begin, end]
     * give it: a name within a few words after the same demonym ("Dutch pump and valve maker
     * Koninklijke Vermeer"), or null.
     */
    private Entities.Cluster organisationIntroducedAs(int begin, int end, int at) {
        String country = null;
        for (int k = begin; k <= end && country == null; k++) {
            country = entities.demonymAt(k);
        }
        for (int k = begin - 1; country != null && k >= 0 && k > at - LOOK_BACK; k--) {
            if (!country.equals(entities.demonymAt(k))) {
                continue;
            }
            for (int n = k + 1; n < doc.size() && n <= k + INTRODUCTION_WORDS && doc.token(n).isWord(); n++) {
                Entities.Cluster c = entities.at(n);
                if (c != null) {
                    if (c.type == EntityType.ORG) {
                        return c;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Who the story last named with a document of this noun before token at: the person or body
     * nearest before it in its sentence ("X issued a statement", "the regulator's notice"), else
     * the first after it, named or described ("In a notice published on Monday, the DFSA said",
     * "In a judgment, the court ordered"); null when the noun was not written before.
     */
    private Entities.Cluster authorOfEarlier(String noun, int at) {
        for (int k = at - 1; k >= 0 && k > at - LOOK_BACK; k--) {
            if (!doc.token(k).lower.equals(noun) || entities.at(k) != null) {
                continue;
            }
            int sentence = doc.token(k).sentence;
            for (int n = k - 1; n >= doc.sentenceStart(sentence); n--) {
                if (canActAt(n)) {
                    return entities.actor(entities.at(n));
                }
            }
            for (int n = k + 1; n < doc.sentenceEnd(sentence); n++) {
                if (canActAt(n)) {
                    return entities.actor(entities.at(n));
                }
                // "In a judgment adopted by five votes to two, the court ordered Greece to pay": the court
                Entities.Cluster described = doc.token(n).is("the") && n + 1 < doc.sentenceEnd(sentence)
                        ? referents.described(n + 1, true) : null;
                if (described != null) {
                    return described;
                }
            }
            return null;
        }
        return null;
    }

    /** Whether token k names an actor that can say or do something. */
    private boolean canActAt(int k) {
        return entities.at(k) != null && entities.canAct(entities.at(k));
    }

    /** Whether [begin, end] is empty or a few lower-case words that describe: "former schoolteacher". */
    private boolean isLowerCaseDescription(int begin, int end) {
        if (end - begin >= 3) {
            return false;
        }
        for (int k = begin; k <= end; k++) {
            Token t = doc.token(k);
            if (!t.isWord() || t.isCapitalised() || t.is("and") || t.is("or") || entities.at(k) != null) {
                return false;
            }
        }
        return true;
    }

    private boolean hasDemonym(int begin, int end) {
        for (int k = begin; k <= end; k++) {
            if (entities.demonymAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean endsInDocumentNoun(int begin, int end) {
        for (int k = end; k >= begin; k--) {
            if (lex.documentNouns.contains(doc.token(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the sentence's main clause, after any fronted adverbial. */
    Subject mainSubject(int from, int before) {
        int b = from;
        Token first = doc.token(from);
        if (PREPOSITIONS.contains(first.lower) || SUBORDINATORS.contains(first.lower) || first.lower.endsWith("ing")
                || first.lower.endsWith("ly") || lex.functionWords.contains(first.lower) && !DETERMINERS.contains(first.lower)) {
            for (int k = from; k < Math.min(before, from + 25); k++) {
                if (doc.token(k).isPunct(',')) {
                    b = k + 1;
                    break;
                }
            }
        }
        // "LONDON (Reuters) – The ministry said", "CHENNAI: The federation said": the dateline is not the subject
        for (int k = b; k < Math.min(before, b + 8); k++) {
            if (isDash(doc.token(k)) && doc.token(b).isAllCaps() || doc.token(k).isPunct(':') && doc.afterDateline(b, k + 1, j -> false) == k + 1) {
                b = k + 1;
                break;
            }
        }
        Entities.Cluster described = referents.describedInLead(b, before);
        if (described != null) {
            return Subject.of(described);
        }
        Entities.Cluster apposed = apposedPerson(b, before);
        if (apposed != null) {
            // "Utopia's state premier, Jane Roe, went further, criticising …": the name in commas is the subject
            return Subject.of(apposed);
        }
        int e = b;
        while (e < before && isNounPhraseToken(e)) {
            e++;
        }
        if (e == b) {
            return Subject.NONE;
        }
        int nameEnd = describedNameEnd(e, before);
        if (nameEnd > e) {
            // "Danish container line Brinkvik Shipping has cancelled …, saying": the words before the name describe it
            e = nameEnd;
        }
        return resolveNounPhrase(b, e - 1, before);
    }

    /** The token after a name that a few lower-case words from k on describe ("container line Acme"), else -1. */
    private int describedNameEnd(int k, int before) {
        for (int j = k; j < before && j <= k + DESCRIPTION_BEFORE_NAME; j++) {
            Token t = doc.token(j);
            Entities.Cluster c = entities.at(j);
            if (c != null) {
                int after = j;
                while (after < before && entities.at(after) == c) {
                    after++;
                }
                // the name ends the phrase: not "a senior Acme researcher"
                Token next = doc.token(after);
                boolean ends = next.isPunct(',') || AUXILIARIES.contains(next.lower) || ADVERBS.contains(next.lower)
                        || lex.verbsByFirstWord.containsKey(next.lower) || next.lower.endsWith("ed");
                return j > k && ends && entities.canAct(c) ? after : -1;
            }
            if (!t.isWord() || t.isCapitalised() || lex.functionWords.contains(t.lower) || PREPOSITIONS.contains(t.lower)
                    || AUXILIARIES.contains(t.lower) || lex.verbsByFirstWord.containsKey(t.lower) || t.lower.endsWith("ed")) {
                return -1;
            }
        }
        return -1;
    }

    /** The person named in commas right after a short role phrase opening the clause at b, or null. */
    private Entities.Cluster apposedPerson(int b, int before) {
        int comma = b + 1;
        while (comma < before && comma < b + 8 && (doc.token(comma).isWord() || doc.token(comma).kind == Token.Kind.POSSESSIVE)) {
            comma++;
        }
        if (comma + 1 >= before || !doc.token(comma).isPunct(',') || !hasRoleWord(b, comma)) {
            return null;
        }
        Entities.Cluster person = entities.at(comma + 1);
        int k = comma + 1;
        while (person != null && k < before && entities.at(k) == person) {
            k++;
        }
        return person != null && person.type == EntityType.PERSON && k < before && doc.token(k).isPunct(',') ? person : null;
    }

    /** A person's role among the words [from, to): "state premier", "head of European affairs". */
    private boolean hasRoleWord(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = doc.token(k).lower;
            if (lex.personRoles.contains(w) || lex.isTitleWord(w) || w.equals("head")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(Token t) {
        return t.isPunct('\u2013') || t.isPunct('\u2014') || t.isPunct('-');
    }

    private boolean isNounPhraseToken(int k) {
        Token t = doc.token(k);
        return t.isCapitalised() || DETERMINERS.contains(t.lower) || t.kind == Token.Kind.POSSESSIVE
                || entities.at(k) != null || lex.governmentNouns.contains(t.lower) || lex.personRoles.contains(t.lower)
                || lex.documentNouns.contains(t.lower) || PRONOUNS.contains(t.lower)
                || (t.is("and") && k + 1 < doc.size() && DETERMINERS.contains(doc.token(k + 1).lower))
                || t.lower.equals("press") || t.lower.equals("deputy")
                // "Premier League club Harrowgate Athletic": an organisation noun between two names
                || (lex.orgNouns.contains(t.lower) || KIN.contains(t.lower)) && k + 1 < doc.size() && entities.at(k + 1) != null
                || t.is("of") && k + 1 < doc.size() && (doc.token(k + 1).isCapitalised() || doc.token(k + 1).is("the"))
                || isParticleOfNameAfter(k);
    }

    /** "Minister for Finance X", "Minister of State for Sport X": a word joining the portfolio to a title that opens the phrase. */
    private boolean isInsideTitle(int begin, int k) {
        if (!doc.token(begin).isCapitalised() || !lex.isTitleWord(doc.token(begin).lower) || k + 1 >= doc.size()
                || !doc.token(k + 1).isCapitalised() || !(doc.token(k).is("for") || doc.token(k).is("of") || doc.token(k).is("and"))) {
            return false;
        }
        for (int j = begin + 1; j < k; j++) {
            if (!doc.token(j).isCapitalised() && !doc.token(j).is("of") && !doc.token(j).is("for") && !doc.token(j).is("and")) {
                return false;
            }
        }
        return true;
    }

    /** "de Sainte-Colombe was blunt": the particle in lower case of the person's name that the next word goes on with. */
    private boolean isParticleOfNameAfter(int k) {
        if (doc.token(k).isCapitalised() || k + 1 >= doc.size()) {
            return false;
        }
        Entities.Cluster next = entities.at(k + 1);
        return next != null && next.type == EntityType.PERSON
                && (" " + next.canonical.toLowerCase(Locale.ROOT) + " ").contains(" " + doc.token(k).lower + " ");
    }

    private boolean isDeterminerAt(int k) {
        return DETERMINERS.contains(doc.token(k).lower);
    }

    /** Start of the noun phrase that ends at {@code end}, scanning left to a clause boundary. */
    private int nounPhraseStart(int end, int from) {
        int k = end;
        while (k > from && end - k < 20) {
            Token prev = doc.token(k - 1);
            if (prev.isPunct(',') || prev.isPunct(';') || prev.isPunct(':') || prev.isTerminal() || isDash(prev)
                    || prev.kind == Token.Kind.QUOTE || doc.isClosingMark(k - 1)
                    || SUBORDINATORS.contains(prev.lower) && !(prev.is("and") && (isDeterminerAt(k) || joinsModifiers(k - 1, from)))
                    || AUXILIARIES.contains(prev.lower)
                    || lex.verbsByFirstWord.containsKey(prev.lower) && !prev.isCapitalised()
                        // "an official in the state department": after a determiner the word is a noun
                        && !(k - 2 >= from && isDeterminerAt(k - 2))) {
                break;
            }
            k--;
        }
        return k;
    }

    /** Whether the "and" at k joins two words that describe one noun: "Iceland's weather and natural hazards agency". */
    private boolean joinsModifiers(int and, int from) {
        if (and - 2 < from) {
            return false;
        }
        Token before = doc.token(and - 1);
        Token opening = doc.token(and - 2);
        return before.isWord() && !before.isCapitalised() && !lex.verbsByFirstWord.containsKey(before.lower)
                && (opening.kind == Token.Kind.POSSESSIVE || isDeterminerAt(and - 2));
    }

    /** The person an aside names as the one speaking: "who gave her name only as X", "identified only as X". */
    private Entities.Cluster nameGivenInClause(int from, int end) {
        for (int k = from + 1; k < end; k++) {
            Entities.Cluster c = entities.at(k + 1);
            if (doc.token(k).is("as") && c != null && c.type == EntityType.PERSON) {
                // "identified by the agency only as", not "identified the man as"
                for (int b = k - 1; b >= from && b >= k - 5 && doc.token(b).isWord(); b--) {
                    if (NAME_GIVING.contains(doc.token(b).lower)
                            && (b + 1 == k || doc.token(b + 1).is("only") || doc.token(b + 1).is("by"))) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Who a noun phrase names: a person in it, else the organisation or place it heads; a
     * country for "the Kenyan government"; the antecedent for pronouns, roles ("the
     * spokeswoman", "the ministry") and documents ("the statement"); unnamed for indefinite
     * people ("an official", "critics").
     */
    Subject resolveNounPhrase(int begin, int end, int at) {
        if (begin > end) {
            return Subject.NONE;
        }
        // the head comes before post-modifiers: "farmers in Kent county", "woman who ..."
        int coreEnd = end;
        for (int k = begin + 1; k <= end; k++) {
            Token t = doc.token(k);
            if ((PREPOSITIONS.contains(t.lower) || t.is("who") || t.is("which") || t.is("that") || t.isPunct(','))
                    && entities.at(k) == null && !(t.is("of") && lex.isTitleWord(doc.token(k - 1).lower)) && !isInsideTitle(begin, k)) {
                coreEnd = k - 1;
                break;
            }
            if ((Words.POSTMODIFIERS.contains(t.lower) || t.isWord() && !t.isCapitalised() && t.lower.endsWith("ing") && k < end)
                    && k - 1 <= begin + 1 && Words.isPlural(doc.token(k - 1)) && entities.at(k - 1) == null) {
                // "people familiar with the talks", "officials travelling with her": the head is the plural just before
                coreEnd = k - 1;
                break;
            }
        }
        Entities.Cluster describedInLead = referents.describedInLead(begin, coreEnd + 1);
        if (describedInLead != null) {
            // "A disciplinary committee of the federation on Tuesday cleared the runner, finding that": the committee
            return Subject.of(describedInLead);
        }
        Entities.Cluster namedBody = bodyNamedAfterDescription(begin, end, false);
        if (namedBody != null) {
            // "A coalition said … The coalition, the Farm Alliance, met": that body
            return Subject.of(namedBody);
        }
        if (begin + 2 <= end && doc.token(begin).is("the") && (doc.token(begin + 2).is("of") || doc.token(begin + 2).is("for"))
                && (lex.personRoles.contains(doc.token(begin + 1).lower) || lex.titleLastWords.contains(doc.token(begin + 1).lower))) {
            // "the Mayor of Harbridge said", "the minister of finance said", "the Minister for Finance said": the person
            // introduced in that role
            Entities.Cluster holder = entities.roleHolderBefore(doc.token(begin + 1).lower, at);
            if (holder == null) {
                // "The Speaker of Ghana's Parliament on Tuesday declared …¶Speaker Kwadwo Ampofo said": a lead names the
                // role first and the person in the next paragraph
                int paragraph = doc.token(begin).paragraph;
                holder = entities.roleHolderAfter(doc.token(begin + 1).lower, at,
                        doc.paragraphStarts[Math.min(paragraph + 2, doc.paragraphStarts.length - 1)]);
            }
            if (holder != null) {
                return Subject.of(holder);
            }
        }
        if (coreEnd + 2 <= end && SPOKESPEOPLE.contains(doc.token(coreEnd).lower) && doc.token(coreEnd + 1).is("for")) {
            // "A spokesperson for the Harbour Sailing Board, which runs the regatta, said": a spokesperson's words are the position of
            // whoever they speak for
            Subject principal = resolveNounPhrase(coreEnd + 2, end, at);
            if (principal.cluster() != null) {
                return principal;
            }
        }
        if (isCountedPeople(begin, coreEnd)) {
            // "Two Wistral pilots, who asked not to be named, said": members the story does not name
            return Subject.UNNAMED;
        }
        Entities.Cluster group = groupOf(begin, coreEnd, end);
        if (group != null) {
            return Subject.of(group);
        }
        Entities.Cluster person = null;
        Entities.Cluster other = null;
        // "the company's president of global affairs, Jane Roe,": the name in apposition
        Entities.Cluster apposed = null;
        for (int k = coreEnd + 1; k <= end; k++) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == EntityType.PERSON && afterCommaAndTitle(k - 1)) {
                apposed = c;
                break;
            }
        }
        for (int k = begin; k <= coreEnd; k++) {
            Entities.Cluster c = entities.at(k);
            if (c == null) {
                continue;
            }
            if (c.type == EntityType.PERSON) {
                person = c;
            } else if (person == null) {
                other = c;
            }
        }
        Token last = doc.token(coreEnd);
        Token first = doc.token(begin);
        // "the Kenyan government", "the Colombian federation"; not "A Dutch foundation", one the story may never name
        boolean governmentHead = lex.governmentNouns.contains(last.lower)
                || person == null && other == null && lex.orgHeads.contains(last.lower) && hasDemonym(begin, coreEnd)
                && !first.is("a") && !first.is("an");
        if (person == null && apposed != null) {
            return Subject.of(apposed);
        }
        Entities.Cluster head = entities.at(coreEnd);
        if (person != null && head != null && head.type == EntityType.ORG && ownedBy(person, begin, coreEnd)) {
            // "Lula's Workers' Party rallied": the organisation a person owns or leads speaks, not the person
            return Subject.of(head);
        }
        if (person != null && entities.at(coreEnd) == null && ownedBy(person, begin, coreEnd)
                && (lex.governmentNouns.contains(last.lower) || lex.orgHeads.contains(last.lower) || lex.orgNouns.contains(last.lower))) {
            // "Cárcamo's government denied", "Kessler's department said": the body the person heads, if the story says which
            Entities.Cluster body = headedBody(person, last.lower);
            if (body != null) {
                return Subject.of(body);
            }
        }
        if (person != null && !governmentHead) {
            // "Okafor's lawyer said": the lawyer speaks, unnamed
            boolean roleOfPerson = entities.at(coreEnd) == null && last.isWord() && !last.isCapitalised()
                    && lex.personRoles.contains(last.lower);
            return roleOfPerson ? Subject.UNNAMED : Subject.of(person);
        }
        if (governmentHead && other != null && entities.at(coreEnd) == other && other.type == EntityType.ORG) {
            // "the German Interior Ministry" is named: the ministry speaks, not its country
            return Subject.of(other);
        }
        if (governmentHead && !lex.governmentNouns.contains(last.lower)) {
            // "the Colombian federation" after "the Colombian Cycling Federation": the body named before, not the country
            Entities.Cluster named = entities.lastOrganisationWithHead(last.lower, at);
            if (named == null) {
                // "the German company said" after "German gearbox maker Brandauer Antriebe": the body introduced by that origin
                named = organisationIntroducedAs(begin, coreEnd, at);
            }
            if (named != null) {
                return Subject.of(named);
            }
        }
        if (governmentHead) {
            for (int k = begin; k <= coreEnd; k++) {
                String country = entities.demonymAt(k);
                Entities.Cluster c = entities.at(k);
                if (country != null) {
                    return Subject.of(entities.country(country));
                }
                if (c != null && c.type == EntityType.LOCATION) {
                    return Subject.of(entities.actor(c));
                }
            }
            // "the government of Peru"
            if (coreEnd + 2 <= end && doc.token(coreEnd + 1).is("of") && entities.at(coreEnd + 2) != null) {
                return Subject.of(entities.at(coreEnd + 2));
            }
            if (person != null) {
                return Subject.of(person);
            }
        }
        if (other != null) {
            if (SPOKESPEOPLE.contains(last.lower) && INDEFINITES.contains(first.lower) && other.type == EntityType.ORG) {
                // "a Coastal Rowing League spokeswoman said": the body the spokesperson speaks for, as with "a spokeswoman for the league"
                return Subject.of(other);
            }
            if (INDEFINITES.contains(first.lower) && last.isWord() && !last.isCapitalised() && entities.at(coreEnd) == null
                    && !last.lower.endsWith("s") && (lex.personRoles.contains(last.lower) || lex.titleLastWords.contains(last.lower))) {
                // "a Comelec commissioner", "an EU official": one person of that body, unnamed
                return new Subject(true, null, last.lower);
            }
            if (last.isWord() && !last.isCapitalised() && entities.at(coreEnd) == null
                    && lex.personRoles.contains(last.lower) && !lex.documentNouns.contains(last.lower)) {
                // "the SPGA chairwoman" is the person introduced as chairwoman; "EU officials", "Kenyan
                // authorities" are people of that place, unnamed
                Entities.Cluster holder = first.is("the") && !Words.isPlural(last) ? entities.roleHolderBefore(last.lower, at) : null;
                return holder != null ? Subject.of(holder) : Subject.UNNAMED;
            }
            Entities.Cluster described = other.type == EntityType.LOCATION && entities.at(coreEnd) == null && last.isWord()
                    && !last.isCapitalised() && !lex.governmentNouns.contains(last.lower) ? referents.described(coreEnd, true) : null;
            if (described != null && described.type == EntityType.ORG) {
                // "Brazil's health regulator refused": the agency the story names, not the country
                return Subject.of(described);
            }
            return Subject.of(entities.actor(other));
        }
        if (begin == coreEnd && PRONOUNS.contains(first.lower)) {
            return pronoun(first.lower, at);
        }
        if (INDEFINITES.contains(first.lower)) {
            // "one resident", "another driver who …", "several analysts": someone, unnamed
            boolean individual = (first.is("a") || first.is("an") || first.is("one") || first.is("another"))
                    && last.isWord() && !last.lower.endsWith("s");
            return individual ? new Subject(true, null, last.lower) : Subject.UNNAMED;
        }
        boolean definite = first.is("the") || first.is("this") || first.kind == Token.Kind.POSSESSIVE
                || first.is("its") || first.is("their") || first.is("his") || first.is("her");
        if (lex.documentNouns.contains(last.lower)) {
            // "In a decision notice, the DFSA said … According to the notice, …": the author the story gave that document
            Entities.Cluster author = authorOfEarlier(last.lower, begin);
            return author != null ? Subject.of(author) : lastSpeaker != null ? Subject.of(lastSpeaker) : Subject.NONE;
        }
        if (definite && coreEnd == begin + 1 && Words.COLLECTIVES.contains(last.lower)) {
            // "the opposition hailed the decision": a group no name is given for
            return Subject.UNNAMED;
        }
        if (definite && Words.COURT_MEMBERS.contains(last.lower)) {
            // "the judges rejected", "the three-member panel said": the court they sit on speaks through its ruling
            Entities.Cluster court = entities.organisationMeantBy("court", at);
            if (court != null) {
                return Subject.of(court);
            }
        }
        if (definite && (lex.orgHeads.contains(last.lower) || lex.orgNouns.contains(last.lower))) {
            Entities.Cluster owner = ownerAfter(coreEnd, end);
            if (owner != null) {
                // "the board of Acme rejected": the organisation whose part speaks
                return Subject.of(owner);
            }
            boolean bare = coreEnd == begin + 1 && first.is("the");
            Entities.Cluster org = bare && COMPANY_NOUNS.contains(last.lower) ? recentCompany(at, last.is("group")) : null;
            if (org == null && isRedescribed(begin, coreEnd) && lastSpeaker != null && lastSpeaker.type == EntityType.ORG
                    && lastSpeakerParagraph == doc.token(at).paragraph) {
                // "The Food Authority said … In a statement, the Parma-based agency said": described by its seat, the body just heard
                org = lastSpeaker;
            }
            if (org == null) {
                org = entities.organisationMeantBy(last.lower, at);
            }
            if (org == null) {
                // "the regulator": the last authority or commission named
                org = referents.described(coreEnd, true);
            }
            if (org == null && hasUnknownName(begin + 1, coreEnd - 1)) {
                // "the Bavarian economy ministry", named by a word no entity holds: some body, not the story's company
                return Subject.UNNAMED;
            }
            List<Entities.Cluster> called = org == null ? referents.organisationsCalled(last.lower, at) : List.of();
            if (org == null && lastSpeaker != null && lastSpeaker.type == EntityType.ORG
                    && lastSpeakerParagraph == doc.token(at).paragraph) {
                // "The Dairy Council warned against a ban. In a statement, the farmers' organisation said": the body
                // just heard, unless the noun was written beside another ("the airport operator Aeroporti Adriatici")
                org = called.isEmpty() || called.contains(lastSpeaker) ? lastSpeaker : called.get(0);
            }
            if (org == null) {
                // the story's main organisation, unless the noun names another kind of body and was written
                // beside one: "the union" in a story about a company, "the coalition" in one about a commission,
                // or a noun the main organisation's name does not hold: "the players' union" beside a football association
                Entities.Cluster main = entities.mainOrganisation();
                boolean otherKind = main == null || referents.isPublicBody(main) != StanceReferents.PUBLIC_BODY_WORDS.contains(last.lower)
                        || !referents.isNamedBy(main, last.lower);
                org = !called.isEmpty() && !called.contains(main) && otherKind ? called.get(0) : main;
            }
            return org != null ? Subject.of(org) : Subject.NONE;
        }
        if (first.is("the") && begin + 1 <= coreEnd && doc.token(begin + 1).lower.endsWith("-year-old")
                && (coreEnd == begin + 1 || isLowerCaseDescription(begin + 2, coreEnd) && !lex.personRoles.contains(last.lower))
                && !someoneNear(at)) {
            // "Under his contract, Roe is owed €1 million. The 54-year-old said": the person named last, not one
            // named only as an owner ("Roe called Ode's plan a bailout. The 44-year-old said" is Roe), and of the
            // gender the sentence goes on with ("The 61-year-old criticised X but said she …"); so is "the
            // 61-year-old former schoolteacher", while "the 57-year-old president" is who holds that role
            Entities.Cluster p = recentMention(EntityType.PERSON, genderLaterIn(at), begin, false);
            return p != null ? Subject.of(p) : Subject.UNNAMED;
        }
        if (lex.personRoles.contains(last.lower)) {
            if (definite && !last.lower.endsWith("s") && (first.is("the") || first.is("this"))) {
                // "the spokeswoman" is the person introduced as spokeswoman, else someone unnamed;
                // "an official said … the official said" stays unnamed
                Token qualifier = coreEnd > begin + 1 && doc.token(coreEnd - 1).isCapitalised() ? doc.token(coreEnd - 1) : null;
                Entities.Cluster p = last.lower.equals(someone) && someoneNear(at) ? null
                        : entities.roleHolderBefore(last.lower, at, qualifier);
                if (p == null && !someoneNear(at)) {
                    // "the Finnish-born executive": a described role stands for the person just in focus, of
                    // the gender the sentence goes on with; a bare one ("The researcher also argued") only for
                    // the person who spoke last, in this paragraph or the one before
                    Entities.Cluster focused = recent(EntityType.PERSON, genderLaterIn(at));
                    boolean described = coreEnd > begin + 1;
                    boolean continues = focused == lastSpeaker && lastSpeakerParagraph >= doc.token(at).paragraph - 1;
                    p = described || continues ? focused : null;
                }
                return p != null ? Subject.of(p) : Subject.UNNAMED;
            }
            return Subject.UNNAMED;
        }
        // ("Scientists at the Polar Institute say" is that institute, found by the caller; "Fishermen in Palawan" are unnamed)
        boolean sentenceCase = last.isCapitalised() && coreEnd == doc.sentenceStart(last.sentence) && entities.at(coreEnd) == null
                && !namesBody(begin, end);
        if (last.isWord() && (!last.isCapitalised() || sentenceCase) && Words.isPlural(last) && !lex.functionWords.contains(last.lower)) {
            // a bare plural as the subject of a verb of saying is a group of people: "fishermen said", "People said"
            return Subject.UNNAMED;
        }
        return Subject.NONE;
    }

    /**
     * The body an indefinite description from begin to end heads ("A lobby group representing 200 firms"), as one
     * of the next sentences names it beside that noun ("The group, the Fintech Operators Association, has"); with
     * {@code participle}, only a description that goes on with a participle; else null.
     */
    private Entities.Cluster bodyNamedAfterDescription(int begin, int end, boolean participle) {
        // "The association that represents the canton's resorts rejected …¶The association, the X, speaks for"
        int noun = doc.token(begin).is("a") || doc.token(begin).is("an") || doc.token(begin).is("the")
                ? describedBodyHead(begin + 1, end) : -1;
        return noun >= 0 && (!participle || doc.token(noun + 1).lower.endsWith("ing")) ? referents.namedInApposition(noun) : null;
    }

    /**
     * The noun for a body that heads the lower-case words from k, before what describes it: "lobby group" in "lobby
     * group representing 200 firms"; else -1.
     */
    private int describedBodyHead(int k, int end) {
        for (int n = k; n <= end && n < k + BODY_DESCRIPTION_WORDS; n++) {
            Token t = doc.token(n);
            if (entities.isPossessiveMark(n) || n < end && entities.isPossessiveMark(n + 1)) {
                // "a farmers' union": whose it is
                continue;
            }
            if (t.isCapitalised() && lex.demonyms.containsKey(t.lower) && n == k) {
                // "A Dutch foundation that has fought the searches"
                continue;
            }
            if (!t.isWord() || t.isCapitalised() || entities.at(n) != null || lex.personRoles.contains(t.lower) && !isBodyNoun(t)) {
                return -1;
            }
            if (isBodyNoun(t) && !(n < end && isBodyNoun(doc.token(n + 1)))) {
                // "lobby group": the last of the nouns
                Token next = n < end ? doc.token(n + 1) : null;
                boolean described = next == null || next.isWord() && !next.isCapitalised()
                        && (next.lower.endsWith("ing") || PREPOSITIONS.contains(next.lower) || next.is("that") || next.is("which"));
                return described ? n : -1;
            }
        }
        return -1;
    }

    private boolean isBodyNoun(Token t) {
        return lex.orgHeads.contains(t.lower) || lex.orgNouns.contains(t.lower);
    }

    /** "Two Acme pilots", "several ministry officials": a count of people, whatever names them. */
    private boolean isCountedPeople(int begin, int coreEnd) {
        Token count = doc.token(begin);
        Token head = doc.token(coreEnd);
        if (coreEnd == begin || !(count.kind == Token.Kind.NUMBER || Words.INDEFINITES.contains(count.lower))
                || count.is("a") || count.is("an") || count.is("one") || !head.isWord() || head.isCapitalised()
                || !Words.isPlural(head) || lex.orgHeads.contains(head.lower) || lex.orgNouns.contains(head.lower)) {
            return false;
        }
        for (int k = begin; k <= coreEnd; k++) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /** Start of "on Monday", "last week", "this year", "on Tuesday afternoon" ending at k, or -1. */
    int dayPhraseStart(int k, int from) {
        int p = k;
        if (p > from && Words.PARTS_OF_DAY.contains(doc.token(p).lower)) {
            p--;
        }
        if (p > from && (Words.WEEKDAYS.contains(doc.token(p).lower) && doc.token(p - 1).is("on")
                || PERIODS.contains(doc.token(p).lower) && (doc.token(p - 1).is("last") || doc.token(p - 1).is("this")))) {
            // "which last year warned", "the union this month accused"
            return p - 1;
        }
        return -1;
    }

    /** Whether the token at k is a comma, or a title written after one: ", Dr. Jane Roe", ", Professor Jane Roe". */
    private boolean afterCommaAndTitle(int k) {
        for (int p = k; p >= 0 && p >= k - 3; p--) {
            Token t = doc.token(p);
            if (t.isPunct(',')) {
                return true;
            }
            if (!(t.isPunct('.') || lex.isTitleWord(t.lower))) {
                return false;
            }
        }
        return false;
    }

    /** The preposition opening a short lower-case phrase that ends at k and follows an auxiliary ("has for years"), else -1. */
    private int interposedPhraseStart(int k, int from) {
        for (int p = k; p > from && p > k - 4; p--) {
            Token t = doc.token(p);
            if (!t.isWord() || t.isCapitalised()) {
                return -1;
            }
            if (PREPOSITIONS.contains(t.lower)) {
                return p < k && AUXILIARIES.contains(doc.token(p - 1).lower) ? p : -1;
            }
        }
        return -1;
    }

    /** A description by seat ("the Geneva-based agency"): a new way to name a body already in view. */
    private boolean isRedescribed(int begin, int coreEnd) {
        for (int k = begin; k < coreEnd; k++) {
            if (doc.token(k).lower.endsWith("-based")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body a person heads, of the kind a noun names: for "government", the country the person
     * speaks for; else the organisation the person speaks for whose name has the noun
     * ("department": the U.S. Department of State). Null when the story does not say.
     */
    private Entities.Cluster headedBody(Entities.Cluster person, String noun) {
        for (String name : referents.affiliates(person)) {
            Entities.Cluster c = referents.existing(name);
            boolean country = c != null && c.type == EntityType.LOCATION;
            if (c != null && (lex.governmentNouns.contains(noun) ? country
                    : !country && c.canonical.toLowerCase(java.util.Locale.ROOT).contains(noun))) {
                return entities.actor(c);
            }
        }
        return null;
    }

    /** Whether the person's name stands in the possessive before the phrase's head. */
    private boolean ownedBy(Entities.Cluster person, int begin, int coreEnd) {
        for (int k = begin; k < coreEnd; k++) {
            if (entities.at(k) == person && doc.token(k + 1).kind == Token.Kind.POSSESSIVE) {
                return entities.at(coreEnd) != person;
            }
        }
        return false;
    }

    /** "Campaigners at Greenpeace said": members speaking together speak for their organisation. */
    private Entities.Cluster groupOf(int begin, int coreEnd, int end) {
        Token members = doc.token(begin);
        int k = coreEnd + 1;
        if (begin != coreEnd || !members.isWord() || !members.lower.endsWith("s") || entities.at(begin) != null
                || k + 1 > end || !(doc.token(k).is("at") || doc.token(k).is("from"))) {
            return null;
        }
        k++;
        if (doc.token(k).is("the") && k + 1 <= end) {
            k++;
        }
        Entities.Cluster org = entities.at(k);
        return org != null && org.type == EntityType.ORG ? org : null;
    }

    /** The body named after "of" that ends a subject phrase ("the board of Acme"), or null; a board has no person. */
    private Entities.Cluster ownerAfter(int coreEnd, int end) {
        if (coreEnd + 2 > end || !doc.token(coreEnd + 1).is("of")) {
            return null;
        }
        int k = doc.token(coreEnd + 2).is("the") && coreEnd + 3 <= end ? coreEnd + 3 : coreEnd + 2;
        Entities.Cluster owner = entities.at(k);
        return owner != null && owner.type != EntityType.LOCATION ? owner : null;
    }

    /**
     * "the company" is the company the last paragraphs are about: the company that spoke last in
     * this paragraph ("Acme dismissed the criticism. In a statement, the company said"), else of
     * the organisations they name that are no public body, the one the story mentions most.
     */
    private Entities.Cluster recentCompany(int at, boolean anyGroup) {
        if (!anyGroup) {
            // "a supplement made by the Italian firm Nutrilab Ferraresi. The company denied": a body this paragraph calls a firm
            for (String noun : List.of("company", "firm")) {
                for (Entities.Cluster c : referents.organisationsCalled(noun, at)) {
                    if (lastMentionInParagraph(c, at) >= 0) {
                        return c;
                    }
                }
            }
        }
        int paragraph = doc.token(at).paragraph;
        // "the group" is also an association or campaign that has just spoken; "the company" never is
        if (lastSpeaker != null && lastSpeaker.type == EntityType.ORG && lastSpeakerParagraph == paragraph
                && (anyGroup || !referents.isPublicBody(lastSpeaker))) {
            return lastSpeaker;
        }
        Entities.Cluster best = null;
        for (int k = at - 1; k >= 0 && k > at - LOOK_BACK && doc.token(k).paragraph >= paragraph - 2; k--) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == EntityType.ORG && !referents.isPublicBody(c)
                    && (best == null || c.mentions.size() > best.mentions.size())) {
                best = c;
            }
        }
        return best;
    }

    private Subject pronoun(String word, int at) {
        switch (word) {
            case "he", "she" -> {
                if (someoneNear(at)) {
                    // "One analyst said … “…,” he said": the unnamed speaker goes on
                    return Subject.UNNAMED;
                }
                Character gender = genderOf(word);
                Entities.Cluster subject = sentenceSubject(gender, at);
                if (subject != null) {
                    // "the minister posted a video in which she said": the person the sentence is about
                    return Subject.of(subject);
                }
                Entities.Cluster p = recent(EntityType.PERSON, gender);
                // "Its chief executive, X, went further. “…,” she said": a person this paragraph has
                // just introduced outside quotes comes before one who spoke earlier and is not named here
                Entities.Cluster introduced = introducedInParagraph(gender, at);
                if (introduced != null && (p == null || lastMentionInParagraph(p, at) < 0)) {
                    p = introduced;
                }
                if (p == null) {
                    p = recentMention(EntityType.PERSON, gender, at);
                }
                if (p != null && p.gender == null && isOnlyPersonInParagraph(p, at)) {
                    // "Dr Callum MacAskill backed the office. “…,” he said": the pronoun tells what the name did not,
                    // so a later "she" in the story is someone else
                    p.gender = gender;
                }
                return p != null ? Subject.of(p) : Subject.UNNAMED;
            }
            case "it" -> {
                for (int k = focus.size() - 1; k >= 0; k--) {
                    if (focus.get(k).type != EntityType.PERSON) {
                        return Subject.of(focus.get(k));
                    }
                }
                Entities.Cluster org = recentMention(EntityType.ORG, null, at);
                return org != null ? Subject.of(org) : Subject.NONE;
            }
            default -> {
                return Subject.UNNAMED;
            }
        }
    }

    /** The person of this gender that opens the sentence before a pronoun inside it, when no other person is named between. */
    private Entities.Cluster sentenceSubject(Character gender, int at) {
        int start = doc.sentenceStart(doc.token(at).sentence);
        if (at <= start + 1 || doc.token(at).quote >= 0) {
            return null;
        }
        Entities.Cluster c = null;
        for (int k = start; k < at; k++) {
            Entities.Cluster person = entities.at(k);
            if (person == null && doc.token(k).is("the") && lex.personRoles.contains(doc.token(k + 1).lower)
                    && !Words.isPlural(doc.token(k + 1))) {
                // "the minister posted …": the person introduced in that role
                person = entities.roleHolderBefore(doc.token(k + 1).lower, k);
            }
            if (doc.token(k).quote >= 0 || person != null && person.type == EntityType.PERSON && c != null && person != c) {
                return null;
            }
            if (person != null && person.type == EntityType.PERSON) {
                c = person;
            }
        }
        return c != null && compatible(c, gender) ? c : null;
    }

    private Entities.Cluster recent(EntityType type, Character gender) {
        for (int k = focus.size() - 1; k >= Math.max(0, focus.size() - 12); k--) {
            Entities.Cluster c = focus.get(k);
            if (c.type == type && compatible(c, gender)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The person of this gender last introduced before {@code at} in its paragraph as the subject
     * of a sentence outside quotes (its first name, near its start: "Its chief executive, X,"), or null.
     */
    private Entities.Cluster introducedInParagraph(Character gender, int at) {
        for (int k = at - 1; k >= paragraphLookBack(at); k--) {
            Entities.Cluster c = entities.at(k);
            if (c == null || c.type != EntityType.PERSON || doc.token(k).quote >= 0 || !compatible(c, gender)) {
                continue;
            }
            int sentenceStart = doc.sentenceStart(doc.token(k).sentence);
            Entities.Cluster opening = k - sentenceStart <= SUBJECT_WORDS ? firstEntity(sentenceStart, k) : c;
            if (k - sentenceStart <= SUBJECT_WORDS && (opening == null || opening == c)) {
                return c;
            }
        }
        return null;
    }

    /** Whether c is named in the paragraph of {@code at} before it, and no other person is. */
    private boolean isOnlyPersonInParagraph(Entities.Cluster c, int at) {
        boolean named = false;
        for (int k = at - 1; k >= paragraphLookBack(at); k--) {
            Entities.Cluster other = entities.at(k);
            if (other != null && other.type == EntityType.PERSON) {
                if (other != c) {
                    return false;
                }
                named = true;
            }
        }
        return named;
    }

    /** Where a look back through the paragraph of {@code at} stops: its start, or a bounded distance. */
    private int paragraphLookBack(int at) {
        return Math.max(doc.paragraphStarts[doc.token(at).paragraph], at - LOOK_BACK);
    }

    /** The token of the last mention of c before {@code at} in its paragraph, or -1. */
    private int lastMentionInParagraph(Entities.Cluster c, int at) {
        for (int k = at - 1; k >= paragraphLookBack(at); k--) {
            if (entities.at(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** The gender of the first "he" or "she" after token k in its sentence, or null. */
    private Character genderLaterIn(int k) {
        int end = doc.sentenceEnd(doc.token(k).sentence);
        for (int j = k + 1; j < end; j++) {
            Token t = doc.token(j);
            if (t.quote < 0 && (t.is("he") || t.is("she"))) {
                return genderOf(t.lower);
            }
        }
        return null;
    }

    private Entities.Cluster recentMention(EntityType type, Character gender, int at) {
        return recentMention(type, gender, at, true);
    }

    private Entities.Cluster recentMention(EntityType type, Character gender, int at, boolean owners) {
        for (int k = at - 1; k >= 0 && k > at - LOOK_BACK; k--) {
            Entities.Cluster c = entities.at(k);
            if (c != null && c.type == type && compatible(c, gender) && (owners || doc.token(k + 1).kind != Token.Kind.POSSESSIVE)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a person may be the one a pronoun of this gender (M, F, or null for either) stands
     * for, by the courtesy title the story gives it, else by the given name.
     */
    static boolean compatible(Entities.Cluster c, Character gender) {
        if (gender == null) {
            return true;
        }
        if (c.gender != null) {
            return c.gender.equals(gender) || c.gender == 'U';
        }
        Lexicon lexicon = Lexicon.get();
        String[] words = c.canonical.split(" ");
        Character known = lexicon.firstNames.get(Texts.fold(words[0]));
        if (known == null && words.length > 1) {
            // "Sigríður Hallgrímsdóttir", "Anna Nowakowska": a family name's ending, where the given name is not known
            String family = words[words.length - 1];
            known = lexicon.genderOfSurname(Texts.fold(family.substring(family.lastIndexOf('-') + 1)));
        }
        return known == null || known.equals(gender) || known == 'U';
    }

    /** The gender a third-person pronoun names: M for "he", "him", "his", F for "she", "her", else null. */
    static Character genderOf(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his" -> 'M';
            case "she", "her" -> 'F';
            default -> null;
        };
    }


    Entities.Cluster firstEntity(int from, int to) {
        for (int k = from; k < to; k++) {
            if (entities.at(k) != null) {
                return entities.at(k);
            }
        }
        return null;
    }

    private boolean someoneNear(int at) {
        return someone != null && doc.token(at).paragraph - someoneParagraph <= 1;
    }

    /** The speaker of a statement found at token {@code at}. */
    void remember(Subject subject, int at) {
        Entities.Cluster c = subject.cluster();
        if (subject.someone() != null) {
            someone = subject.someone();
            someoneParagraph = doc.token(at).paragraph;
        }
        if (c == null) {
            return;
        }
        someone = null;
        lastSpeaker = c;
        lastSpeakerParagraph = doc.token(at).paragraph;
        focus.remove(c);
        focus.add(c);
    }
}
