package io.newswire.engine.rules;

import io.newswire.engine.EntityType;
import io.newswire.engine.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Actors a statement reaches without naming them: the one a definite description stands for
 * ("the prime minister", "prosecutors", "the regulator", "the board"), and the organisation or
 * country a person speaks for ("Veyra chief executive Minh Nguyen", "German Interior Minister
 * Jonas Albrecht").
 */
final class StanceReferents {

    private static final Set<String> CLAIMS = new HashSet<>();
    private static final Map<String, List<String>> NAME_WORDS = new HashMap<>();
    /** Words naming a public body or a membership body, never "the company". */
    static final Set<String> PUBLIC_BODY_WORDS = Set.of("ministry", "department", "agency", "council", "court",
            "tribunal", "commission", "committee", "parliament", "congress", "senate", "assembly", "office", "bureau",
            "authority", "regulator", "inspectorate", "police", "army", "navy", "guard", "union", "federation",
            "confederation", "association", "league", "party", "university", "institute", "foundation", "exchange");
    /** Heads of bodies whose members a noun after the name stands for: "the Premier League club", "the Senate committee". */
    private static final Set<String> MEMBERSHIP_HEADS = Set.of("league", "federation", "confederation", "conference",
            "parliament", "senate", "congress", "assembly", "exchange");
    /** The same kinds of body in the names the story writes them in: "Sindicato", "Partido". */
    private static final Set<String> BODY_NAME_WORDS = new HashSet<>();
    /** Nouns for an act and the verbs that report who did it: "the seizure" and "seized". */
    private static final Map<String, Set<String>> ACT_VERBS = new HashMap<>();
    /** Act nouns that, with no report of the act, mean the act the story leads with: "welcomed the decision". */
    private static final Set<String> LEAD_ACTS = new HashSet<>();
    /** Prepositions before a name that is no subject of the lead: "in Brussels", "against Acme". */
    private static final Set<String> NOT_SUBJECT_BEFORE = Set.of("in", "at", "on", "from", "to", "of", "for", "against",
            "with", "by", "into", "over", "after", "near");
    /** Tokens of the story's first sentence in which its actor is looked for. */
    private static final int LEAD_WORDS = 40;
    /** How many sentences a caption left before the lead may take. */
    private static final int LEAD_SENTENCES = 4;
    private static final Set<String> LEADING = Set.of("leads", "led", "heads", "headed", "runs", "ran", "chairs", "chaired",
            "founded", "directs", "manages", "represents");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "his", "her");
    /** Words between an actor and its verb that leave the actor the subject: "the coast guard on Sunday boarded". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("has", "have", "had", "was", "were", "is", "also",
            "formally", "jointly", "on", "last", "this", "week", "month", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    /** How far back the report of an act, or a name a noun was written beside, is looked for, in tokens. */
    private static final int LOOK_BACK = 2000;
    /** Tokens a bench's judges may run to: "a bench of Justice X and Justice Y". */
    private static final int BENCH_WORDS = 16;
    private static final String MAIN_ORGANISATION = "*";
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");
    private static final Pattern NAME_WORD_BREAKS = Pattern.compile("[\\s’'\\-]+");
    private static final int STEM = 6;
    private static final int MIN_STEM = 5;
    private static final int AFFILIATION_WINDOW = 6;
    /** Words a described subject may run to: "The Netherlands' competition authority". */
    private static final int DESCRIPTION_WORDS = 6;
    /** Paragraphs after a described body or person in which the story may name it. */
    private static final int NAMED_AHEAD_PARAGRAPHS = 2;
    /** Sentences after a body described mid-story in which the story may give its name in apposition. */
    private static final int NAMED_AHEAD_SENTENCES = 2;
    private static final int UNKNOWN = -2;

    static {
        for (String line : Lexicon.lines("stance-referents.txt")) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("CLAIM")) {
                CLAIMS.addAll(List.of(parts).subList(1, parts.length));
            } else if (parts[0].equals("REFER")) {
                NAME_WORDS.put(parts[1], List.of(parts).subList(2, parts.length));
                if (!parts[2].equals(MAIN_ORGANISATION)) {
                    BODY_NAME_WORDS.addAll(List.of(parts).subList(2, parts.length));
                }
            } else if (parts[0].equals("CALLED")) {
                NAME_WORDS.put(parts[1], List.of(parts).subList(2, parts.length));
            } else if (parts[0].equals("ACT")) {
                Set<String> verbs = new HashSet<>(List.of(parts).subList(2, parts.length));
                if (verbs.remove(MAIN_ORGANISATION)) {
                    LEAD_ACTS.add(parts[1]);
                }
                ACT_VERBS.put(parts[1], Set.copyOf(verbs));
            } else {
                throw new IllegalStateException("stance-referents.txt: unknown kind " + parts[0]);
            }
        }
    }

    private final Doc doc;
    private final Entities entities;
    private final Lexicon lex = Lexicon.get();
    /** Canonical names, so that a country named only by its adjective creates no entity. */
    private final Map<Entities.Cluster, Set<String>> affiliations = new HashMap<>();
    private final Map<Entities.Cluster, Set<String>> ownSides = new HashMap<>();
    /** Organisation noun -> the organisations it can stand for, worked out once per noun. */
    private final Map<String, List<Entities.Cluster>> namedByNoun = new HashMap<>();
    private final Map<Entities.Cluster, Boolean> publicBodies = new HashMap<>();
    private Entities.Cluster leadActor;
    private boolean leadActorKnown;
    private int leadStart = UNKNOWN;
    private int leadSentence = UNKNOWN;
    /** Act noun token -> the actors the story reported doing the act. */
    private final Map<Integer, List<Entities.Cluster>> agentsAt = new HashMap<>();

    StanceReferents(Doc doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /** A noun for something an actor said or asked ("the criticism", "that suggestion"). */
    static boolean isClaim(String lower) {
        return CLAIMS.contains(lower);
    }

    /** Whether a noun names an act whose actor the story may report: "the decision", "the seizure". */
    static boolean isAct(String lower) {
        return ACT_VERBS.containsKey(lower);
    }

    /**
     * The actors a statement refers to without naming them, from token first to last: those a
     * definite description stands for ("the regulator", "the company") and the actors of the acts
     * it names ("the decision", "the plan").
     */
    Set<Entities.Cluster> referredIn(int first, int last) {
        Set<Entities.Cluster> out = new LinkedHashSet<>();
        for (int k = Math.max(1, first); k <= last; k++) {
            Token t = doc.token(k);
            Token before = doc.token(k - 1);
            boolean definite = before.is("the") || before.is("its") || before.is("their") || before.kind == Token.Kind.POSSESSIVE;
            if (!definite || !t.isWord() || t.isCapitalised() || entities.at(k) != null) {
                continue;
            }
            if (isAct(t.lower)) {
                List<Entities.Cluster> agents = agentsOf(k);
                out.addAll(agents);
                Entities.Cluster lead = agents.isEmpty() ? leadAgentOf(k) : null;
                if (lead != null) {
                    out.add(lead);
                }
            } else {
                Entities.Cluster d = definiteAt(k);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The person of the pronoun's gender named last before token k in its paragraph or the one before,
     * other than the speaker, or null.
     */
    Entities.Cluster personBefore(int k, Entities.Cluster speaker, Token pronoun) {
        Character gender = Speakers.genderOf(pronoun.lower);
        return namedBefore(k, c -> c != speaker && c.type == EntityType.PERSON && Speakers.compatible(c, gender));
    }

    /** The actor named last before token k in its paragraph or the one before that {@code accepted} takes, or null. */
    private Entities.Cluster namedBefore(int k, Predicate<Entities.Cluster> accepted) {
        int paragraph = doc.token(k).paragraph;
        for (int j = k - 1; j >= Math.max(doc.paragraphStarts[Math.max(0, paragraph - 1)], k - Speakers.LOOK_BACK); j--) {
            Entities.Cluster c = entities.at(j);
            if (c != null && accepted.test(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The person a "he" or "she" in a statement stands for: the one last named before it, when the
     * pronoun cannot be the speaker (a quote, where the speaker says "I", or a body's report: "the
     * court said he had diverted money"), else null.
     */
    Entities.Cluster thirdPerson(Found statement) {
        Entities.Cluster speaker = statement.speaker();
        if (statement.kind() == StatementKind.INDIRECT && (speaker == null || speaker.type == EntityType.PERSON)) {
            return null;
        }
        for (int k = statement.first(); k <= statement.last(); k++) {
            Token t = doc.token(k);
            if (THIRD_PERSON.contains(t.lower) && entities.at(k) == null) {
                return personBefore(statement.first(), speaker, t);
            }
        }
        return null;
    }

    /**
     * The actor a definite description with this head noun stands for, or null: the person last
     * introduced with the role ("the prime minister"), else an organisation whose name shares
     * the head's stem ("prosecutors", "the court") or a listed name word ("the regulator"), the
     * most recently mentioned first.
     */
    Entities.Cluster described(int head, boolean definite) {
        Token t = doc.token(head);
        if (!t.isWord() || t.isCapitalised() || lex.governmentNouns.contains(t.lower)) {
            return null;
        }
        if (definite && lex.personRoles.contains(t.lower) && !t.lower.endsWith("s")) {
            Entities.Cluster person = entities.roleHolderBefore(t.lower, head);
            if (person != null) {
                return person;
            }
        }
        List<String> words = NAME_WORDS.get(t.lower);
        if (words != null && words.contains(MAIN_ORGANISATION)) {
            return definite ? mainOrganisation() : null;
        }
        if (words == null && (!definite || !lex.orgHeads.contains(t.lower) && !lex.orgNouns.contains(t.lower))) {
            // a bare noun is a kind, not a referent ("against fishing fleets"), and only organisation
            // nouns stand for organisations ("the court", not "the agreement")
            return null;
        }
        Entities.Cluster recent = null;
        Entities.Cluster any = null;
        List<Entities.Cluster> named = namedByNoun.computeIfAbsent(t.lower, noun -> entities.clusters.stream()
                .filter(c -> c.type == EntityType.ORG && namedBy(c, noun, words)).toList());
        if (isAct(t.lower) && named.contains(leadActor())) {
            // "welcomed the judgment" in a story that leads with one court's ruling and mentions another after it
            return leadActor();
        }
        for (Entities.Cluster c : named) {
            if (any == null) {
                any = c;
            }
            if (c.mentions.get(0).first() < head && (recent == null || lastBefore(c, head) > lastBefore(recent, head))) {
                recent = c;
            }
        }
        return recent != null ? recent : any;
    }

    /**
     * The organisations a noun was written beside before token {@code at}, the most recent first:
     * "the union" after "the Meridian union" or "the union Meridian", "the carrier" after "the
     * low-cost carrier Ventura Air".
     */
    List<Entities.Cluster> organisationsCalled(String noun, int at) {
        List<Entities.Cluster> out = new ArrayList<>();
        for (int k = at - 1; k > 0 && k > at - LOOK_BACK; k--) {
            if (!doc.token(k).lower.equals(noun) || entities.at(k) != null) {
                continue;
            }
            // "the union Meridian", "their union, Futbolistas Argentinos Agremiados (FAA),"
            int named = k + 2 < at && doc.token(k + 1).isPunct(',') ? k + 2 : k + 1;
            Entities.Cluster after = named < at ? entities.at(named) : null;
            Entities.Cluster before = entities.at(k - 1);
            // "the Premier League club": a name headed by a body of members is what the noun belongs to, not what it is
            boolean modifier = before != null && MEMBERSHIP_HEADS.contains(doc.token(k - 1).lower) && !doc.token(k - 1).lower.equals(noun);
            Entities.Cluster c = after != null && after.type == EntityType.ORG ? after
                    : before != null && before.type == EntityType.ORG && !modifier ? before : null;
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Who did the act a noun at k names, from the story's last report of it before k: "welcomed the
     * seizure" after "the coast guard seized", "the lawsuit" after "a suit lodged by Kenya and Ghana".
     */
    List<Entities.Cluster> agentsOf(int k) {
        // asked by the cue rules and again by the model's features for the same noun
        return ACT_VERBS.containsKey(doc.token(k).lower) ? agentsAt.computeIfAbsent(k, this::reportedAgents) : List.of();
    }

    private List<Entities.Cluster> reportedAgents(int k) {
        Set<String> verbs = ACT_VERBS.get(doc.token(k).lower);
        String noun = doc.token(k).lower;
        Entities.Cluster lead = LEAD_ACTS.contains(noun) && leadReports(verbs, k) ? leadActor() : null;
        if (lead != null && (lead.type == EntityType.ORG && isPublicBody(lead) || lead.type == EntityType.PERSON)) {
            // "welcomed the ruling" in a story that leads with a High Court overturning the ruling of a lower court
            // it reports later: the act the story is about
            return List.of(lead);
        }
        if (k >= 3 && doc.token(k - 1).kind == Token.Kind.POSSESSIVE && doc.token(k - 3).is("the")) {
            // "welcomes the court's decision": the act of the body the owner stands for
            Entities.Cluster owner = described(k - 2, true);
            if (owner != null) {
                return List.of(owner);
            }
        }
        for (int v = k - 1; v >= 0 && v > k - LOOK_BACK; v--) {
            if (doc.token(v).lower.equals(noun) && entities.at(v) == null) {
                // "a plan by Finance Minister X", "X's plan": the act named with its author
                int by = v + 2;
                while (by < doc.size() && by <= v + 4 && entities.at(by) == null && doc.token(by).isCapitalised()) {
                    // "by Finance Minister X": the title before the name
                    by++;
                }
                List<Entities.Cluster> authors = v + 1 < doc.size() && doc.token(v + 1).is("by") ? namesFrom(by) : List.of();
                Entities.Cluster owner = v >= 2 && doc.token(v - 1).kind == Token.Kind.POSSESSIVE ? entities.at(v - 2) : null;
                if (authors.isEmpty() && owner != null) {
                    authors = List.of(owner);
                }
                authors = authors.stream().filter(entities::canAct).toList();
                if (!authors.isEmpty()) {
                    return authors;
                }
                continue;
            }
            if (!verbs.contains(doc.token(v).lower)) {
                continue;
            }
            List<Entities.Cluster> agents = new ArrayList<>();
            if (v > 0 && Words.BE.contains(doc.token(v - 1).lower)) {
                // "the crossing has been shut", "X was fined": the subject suffers the act; only "by" names who did it
                agents.addAll(agentAfterBy(v));
                agents.removeIf(c -> !entities.canAct(c));
                if (!agents.isEmpty()) {
                    return List.copyOf(agents);
                }
                continue;
            }
            int p = v - 1;
            while (p >= 0 && v - p <= 4 && BETWEEN_SUBJECT_AND_VERB.contains(doc.token(p).lower)) {
                p--;
            }
            if (p > 2 && doc.token(p).isPunct(')') && doc.token(p - 2).isPunct('(')) {
                // "The Central Bank of Nigeria (CBN) has suspended": the acronym in brackets after the subject
                p -= 3;
            }
            if (p > 0 && doc.token(p).isPunct(',') && entities.at(p - 1) != null) {
                // "France's privacy regulator, the CNIL, has fined": the name in apposition is the subject
                p--;
            }
            Entities.Cluster governed = null;
            if (p > 0 && lex.governmentNouns.contains(doc.token(p).lower) && entities.at(p - 1) != null
                    && entities.at(p - 1).type == EntityType.LOCATION) {
                // "The Varuna Pradesh government on Friday banned": a state or province acts through its government
                p--;
                governed = entities.at(p);
            }
            if (p >= 0 && (doc.token(p).is("he") || doc.token(p).is("she")) && doc.token(v).sentence >= doc.token(k).sentence - 1) {
                // "He also accused the opposition of …. X rejected the accusation": the person the pronoun stands
                // for, when the act was reported just before (further back, a pronoun's antecedent is a guess)
                Entities.Cluster person = personBefore(p, null, doc.token(p));
                if (person != null) {
                    agents.add(person);
                }
            }
            coordinatedBackFrom(p, agents);
            Entities.Cluster court = agents.isEmpty() ? null : courtOfBench(p, agents);
            if (court != null) {
                // "A bench of Justice X and Justice Y quashed": the judges act as their court
                return List.of(court);
            }
            if (agents.isEmpty()) {
                agents.addAll(agentAfterBy(v));
            }
            // "a tribunal in The Hague ruled": a place acts only when it is a country or stands for one
            Entities.Cluster government = governed;
            agents.removeIf(c -> !entities.canAct(c) && c != government);
            if (!agents.isEmpty()) {
                return List.copyOf(agents);
            }
        }
        return List.of();
    }

    /** The court a "bench of" or "panel of" before the judges named up to token p sits for, or null. */
    private Entities.Cluster courtOfBench(int p, List<Entities.Cluster> judges) {
        int k = p;
        int sentence = doc.token(p).sentence;
        while (k > 0 && p - k < BENCH_WORDS && doc.token(k).sentence == sentence && !doc.token(k).is("of")) {
            k--;
        }
        boolean bench = k > 0 && doc.token(k).is("of") && Words.COURT_MEMBERS.contains(doc.token(k - 1).lower);
        return bench && judges.stream().allMatch(c -> c.type == EntityType.PERSON) ? entities.mainCourtBefore(p) : null;
    }

    /** Whether the story's lead, before token k, reports the act with one of these verbs. */
    private boolean leadReports(Set<String> verbs, int k) {
        if (doc.sentenceStarts.length < 2) {
            return false;
        }
        int lead = leadSentence();
        for (int v = doc.sentenceStarts[lead]; v < doc.sentenceStarts[lead + 1] && v < k; v++) {
            if (verbs.contains(doc.token(v).lower)) {
                return true;
            }
        }
        return false;
    }

    /** The names after the first "by" in the sentence after the verb at v: "was shut on Monday by the ministry". */
    private List<Entities.Cluster> agentAfterBy(int v) {
        for (int b = v + 1; b < doc.size() && b <= v + 10 && !doc.token(b).isTerminal(); b++) {
            List<Entities.Cluster> names = doc.token(b).is("by") ? namesFrom(b + 1) : List.of();
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** For an act noun the story never reports, the actor of the act it leads with, or null. */
    Entities.Cluster leadAgentOf(int k) {
        return LEAD_ACTS.contains(doc.token(k).lower) ? leadActor() : null;
    }

    /**
     * The actor the story leads with: the first name in its first sentence that is neither its
     * dateline nor the object of a preposition ("BRUSSELS – The European Commission on Thursday
     * blocked"), or null.
     */
    private Entities.Cluster leadActor() {
        // asked for every act noun of every statement: worked out once
        if (!leadActorKnown) {
            leadActor = findLeadActor();
            leadActorKnown = true;
        }
        return leadActor;
    }

    private Entities.Cluster findLeadActor() {
        if (doc.sentenceStarts.length < 2) {
            return null;
        }
        int end = leadEnd(leadSentence());
        Entities.Cluster passiveAgent = passiveAgent(doc.sentenceStarts[leadSentence()], end);
        if (passiveAgent != null) {
            return passiveAgent;
        }
        int start = leadStart();
        Entities.Cluster described = describedInLead(start, end);
        if (described != null) {
            // "A disciplinary committee of the federation on Tuesday cleared the runner": the committee, named later, not
            // the federation or the runner
            return described;
        }
        for (int k = start; k < end; k++) {
            Entities.Cluster c = entities.at(k);
            if (c == null || k > 0 && entities.at(k - 1) == c) {
                continue;
            }
            int last = k;
            while (last + 1 < end && entities.at(last + 1) == c) {
                last++;
            }
            if (last + 2 < end && doc.token(last + 1).kind == Token.Kind.POSSESSIVE && entities.at(last + 2) != null) {
                // "Brazil's Superior Electoral Court on Thursday barred": the body, not its country
                k = last;
                continue;
            }
            if (last + 2 < end && doc.token(last + 1).kind == Token.Kind.POSSESSIVE && namesBodyBy(last + 2, end)) {
                // "Brazil's antitrust tribunal on Wednesday approved": a body the lead does not name, not its country
                return null;
            }
            int leadBegins = doc.sentenceStarts[leadSentence()];
            boolean dateline = k == leadBegins && last + 1 < end && !doc.token(last + 1).isWord();
            int before = k > 0 && doc.token(k - 1).is("the") ? k - 2 : k - 1;
            if (!dateline && entities.canAct(c)
                    && !(before >= leadBegins && NOT_SUBJECT_BEFORE.contains(doc.token(before).lower))) {
                return c;
            }
            k = last;
        }
        return null;
    }

    /**
     * The body or person that a description opening the story's first sentence at token begin stands for, named in
     * the two paragraphs after it ("A disciplinary committee of the federation on Tuesday cleared the runner,
     * finding that"), else null.
     */
    Entities.Cluster describedInLead(int begin, int end) {
        int head = begin == leadStart() ? describedSubjectHead(begin, end) : -1;
        return head >= 0 ? namedAhead(head) : null;
    }

    /**
     * The organisation a description of a body with the head noun at token head ("A lobby group representing 200 firms
     * said") is named as in one of the next two sentences: "The group, the Fintech Operators Association (FOA), has
     * …"; else null.
     */
    Entities.Cluster namedInApposition(int head) {
        int next = Math.min(doc.token(head).sentence + NAMED_AHEAD_SENTENCES + 1, doc.sentenceCount());
        return entities.organisationApposedTo(head, doc.sentenceStart(next));
    }

    /**
     * The head of a subject that describes a body or a person without naming it, opening the words from start:
     * "The Netherlands' competition authority on Monday blocked", "Denmark's energy regulator", "A Quebec
     * Superior Court judge on Thursday quashed"; else -1.
     */
    private int describedSubjectHead(int start, int end) {
        if (start >= end || !(doc.token(start).is("a") || doc.token(start).is("an") || doc.token(start).is("the")
                || entities.at(start) != null)) {
            return -1;
        }
        int head = -1;
        for (int k = start + 1; k < end && k <= start + DESCRIPTION_WORDS; k++) {
            Token t = doc.token(k);
            if (entities.at(k) != null || t.kind == Token.Kind.POSSESSIVE || Entities.isLocationModifier(t)
                    || t.kind == Token.Kind.SINGLE_QUOTE && doc.token(k - 1).end == t.start
                    || t.isCapitalised() && lex.demonyms.containsKey(t.lower) && head < 0) {
                // "Denmark's energy regulator", "A Townsville-based marine research institute", "A Finnish research institute"
                continue;
            }
            if (t.is("and") && head < 0 && k + 1 < end && doc.token(k + 1).isWord() && !doc.token(k + 1).isCapitalised()
                    && !lex.functionWords.contains(doc.token(k + 1).lower)) {
                // "Iceland's weather and natural hazards agency": fields joined before the noun
                continue;
            }
            if (!t.isWord() || t.isCapitalised() || lex.functionWords.contains(t.lower)) {
                break;
            }
            boolean names = lex.orgHeads.contains(t.lower) || lex.orgNouns.contains(t.lower) || lex.personRoles.contains(t.lower);
            head = names && !lex.governmentNouns.contains(t.lower) ? k : -1;
        }
        return head;
    }

    /**
     * Who a description with the head noun at token head stands for when the story names it only after, within
     * two paragraphs: the first person introduced in the role ("A Quebec Superior Court judge … Justice X found"),
     * else the first organisation the noun names ("The Netherlands' competition authority … the Autoriteit
     * Consument & Markt"); null when there is none.
     */
    private Entities.Cluster namedAhead(int head) {
        Token t = doc.token(head);
        int paragraph = Math.min(t.paragraph + NAMED_AHEAD_PARAGRAPHS + 1, doc.paragraphStarts.length - 1);
        int limit = doc.paragraphStarts[paragraph];
        if (lex.personRoles.contains(t.lower)) {
            return entities.roleHolderAfter(t.lower, head, limit);
        }
        List<String> words = NAME_WORDS.get(t.lower);
        Entities.Cluster first = null;
        int end = limit;
        for (Entities.Cluster c : entities.clusters) {
            // a country only its capital stands for has no mention of its own; a photo credit may name the body before
            // the lead ("(Photo: INAV)"), so the name that counts is the first after the description
            int named = -1;
            for (Entities.Span m : c.mentions) {
                if (m.first() > head && (named < 0 || m.first() < named)) {
                    named = m.first();
                }
            }
            if (c.type == EntityType.ORG && named > head && named < end && namedBy(c, t.lower, words)) {
                first = c;
                end = named;
            }
        }
        // "Iceland's weather agency warned … The agency, Veðurstofa Íslands, said": a name given beside the noun
        return first != null ? first : entities.organisationApposedTo(head, limit);
    }

    private int afterDateline(int sentence) {
        return doc.afterDateline(doc.sentenceStarts[sentence], leadEnd(sentence), j -> entities.at(j) != null);
    }

    private int leadEnd(int sentence) {
        return Math.min(doc.sentenceStarts[sentence + 1], doc.sentenceStarts[sentence] + LEAD_WORDS);
    }

    /**
     * The story's lead: its first sentence, unless a caption left before it is followed by a sentence that opens
     * with a dateline ("Sampling equipment on the river. (Photo: INAV)¶MONTEVIDEO — A state institute says").
     */
    private int leadSentence() {
        if (leadSentence == UNKNOWN) {
            leadSentence = 0;
            if (doc.sentenceStarts.length >= 2 && afterDateline(0) == doc.sentenceStarts[0]) {
                for (int s = 1; s < Math.min(doc.sentenceStarts.length - 1, LEAD_SENTENCES); s++) {
                    if (afterDateline(s) > doc.sentenceStarts[s]) {
                        leadSentence = s;
                        break;
                    }
                }
            }
        }
        return leadSentence;
    }

    /** The first token of the story's lead after its dateline, or -1 for a story of one sentence. */
    private int leadStart() {
        // asked for every noun phrase that may be a speaker: worked out once
        if (leadStart == UNKNOWN) {
            leadStart = doc.sentenceStarts.length < 2 ? -1 : afterDateline(leadSentence());
        }
        return leadStart;
    }

    /** Whether lower-case words from k end in a noun for a body: "antitrust tribunal", "data protection regulator". */
    private boolean namesBodyBy(int k, int end) {
        for (int n = k; n < end && n < k + 4 && doc.token(n).isWord() && !doc.token(n).isCapitalised(); n++) {
            if (lex.orgHeads.contains(doc.token(n).lower) || lex.orgNouns.contains(doc.token(n).lower)) {
                return true;
            }
        }
        return false;
    }

    /** The agent of a passive verb in [from, end), which does the act a lead like "X's plan was rejected by Y" reports, or null. */
    private Entities.Cluster passiveAgent(int from, int end) {
        for (int by = from + 2; by + 1 < end; by++) {
            if (!doc.token(by).is("by") || !isParticiple(doc.token(by - 1))) {
                continue;
            }
            boolean passive = false;
            for (int p = by - 2; p >= Math.max(from, by - 4) && !passive; p--) {
                passive = Words.BE.contains(doc.token(p).lower);
            }
            int name = doc.token(by + 1).is("the") ? by + 2 : by + 1;
            Entities.Cluster agent = passive && name < end ? entities.at(name) : null;
            if (agent != null && entities.canAct(agent)) {
                return agent;
            }
        }
        return null;
    }

    private static boolean isParticiple(Token t) {
        return t.isWord() && (t.lower.endsWith("ed") || t.lower.endsWith("en"));
    }

    /** "the trusts", "the two unions": every organisation named before k with the singular of that plural head. */
    List<Entities.Cluster> allDescribed(int k) {
        String plural = doc.token(k).lower;
        if (!plural.endsWith("s") || plural.length() < 4 || doc.token(k).isCapitalised()) {
            return List.of();
        }
        String singular = plural.substring(0, plural.length() - 1);
        List<String> words = NAME_WORDS.get(singular);
        if (!lex.orgHeads.contains(singular) && words == null || words != null && words.contains(MAIN_ORGANISATION)) {
            return List.of();
        }
        List<Entities.Cluster> out = new ArrayList<>();
        for (Entities.Cluster c : entities.clusters) {
            if (c.type == EntityType.ORG && c.mentions.get(0).first() < k && namedBy(c, singular, words)) {
                out.add(c);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The names joined by commas and "and" that end at p: "Kenya, Ghana and Malawi sued". */
    private void coordinatedBackFrom(int p, List<Entities.Cluster> out) {
        while (p >= 0 && entities.at(p) != null) {
            Entities.Cluster c = entities.at(p);
            out.add(0, c);
            while (p >= 0 && entities.at(p) == c) {
                p--;
            }
            if (p < 1 || !(doc.token(p).is("and") || doc.token(p).isPunct(','))) {
                return;
            }
            p--;
        }
    }

    /** The names joined by commas and "and" from k: "by Kenya, Ghana and Malawi", "by X and the Y". */
    List<Entities.Cluster> namesFrom(int k) {
        List<Entities.Cluster> out = new ArrayList<>();
        if (k < doc.size() && doc.token(k).is("the")) {
            k++;
        }
        while (k < doc.size() && entities.at(k) != null) {
            Entities.Cluster c = entities.at(k);
            out.add(c);
            while (k < doc.size() && entities.at(k) == c) {
                k++;
            }
            if (k + 1 >= doc.size() || !(doc.token(k).is("and") || doc.token(k).isPunct(','))) {
                return out;
            }
            k++;
            if (doc.token(k).is("the")) {
                k++;
            }
        }
        return out;
    }

    /** The actor a definite noun at k stands for: "the court", "its board", "Acme's management". */
    Entities.Cluster definiteAt(int k) {
        if (k == 0) {
            return null;
        }
        Token before = doc.token(k - 1);
        return described(k, before.is("the") || before.is("its") || before.kind == Token.Kind.POSSESSIVE);
    }

    /**
     * Canonical names of the speaker's own side: the speaker, the bodies a person speaks for,
     * and the country of each ("the Kenyan Ministry of Health" stands with Kenya).
     */
    Set<String> ownSide(Entities.Cluster speaker) {
        if (speaker == null) {
            return Set.of();
        }
        return ownSides.computeIfAbsent(speaker, s -> {
            Set<String> out = new LinkedHashSet<>();
            out.add(s.canonical);
            out.addAll(affiliates(s));
            for (String name : List.copyOf(out)) {
                String country = entities.countryIn(name);
                if (country != null) {
                    out.add(country);
                }
            }
            return out;
        });
    }

    /** Names of the organisations and country a person speaks for, from the words before the name. */
    Set<String> affiliates(Entities.Cluster speaker) {
        if (speaker == null || speaker.type != EntityType.PERSON) {
            return Set.of();
        }
        return affiliations.computeIfAbsent(speaker, this::findAffiliates);
    }

    private Set<String> findAffiliates(Entities.Cluster person) {
        Set<String> out = new LinkedHashSet<>();
        for (Entities.Span s : person.mentions) {
            String apposed = apposedAffiliation(s, person);
            if (apposed != null) {
                out.add(apposed);
            }
            int k = s.first() - 1;
            String headed = k > 1 && doc.token(k).isPunct(',') ? bodyOfRoleBefore(k - 1) : null;
            if (headed != null) {
                out.add(headed);
                continue;
            }
            if (k > 1 && doc.token(k).isPunct(',')) {
                // "The Comelec chairman, Teodoro Villaseñor,": the role before the comma
                k = roleBefore(k - 1);
            }
            if (k < 0 || !isRoleWord(doc.token(k))) {
                continue;
            }
            // "Veyra chief executive", "China's foreign ministry spokesperson", "commission chairwoman"
            String found = null;
            int orgNoun = -1;
            for (int p = k; p >= Math.max(0, k - AFFILIATION_WINDOW) && found == null; p--) {
                Token t = doc.token(p);
                String country = entities.demonymAt(p);
                if (entities.at(p) != null && entities.at(p) != person) {
                    found = entities.at(p).canonical;
                } else if ((t.is("its") || t.is("their")) && p < k) {
                    // "said its chairwoman, Liisa Pöyhönen-Dahl": the body "its" stands for
                    Entities.Cluster owner = namedBefore(p, c -> c.type == EntityType.ORG);
                    found = owner == null ? null : owner.canonical;
                    break;
                } else if (country != null) {
                    found = country;
                } else if (!(t.kind == Token.Kind.POSSESSIVE || t.isWord() && !lex.functionWords.contains(t.lower)
                        && !lex.verbsByFirstWord.containsKey(t.lower))) {
                    break;
                } else if (orgNoun < 0 && p < k && !t.isCapitalised()
                        && (lex.orgHeads.contains(t.lower) || NAME_WORDS.containsKey(t.lower))) {
                    orgNoun = p;
                }
            }
            if (found == null && orgNoun >= 0) {
                Entities.Cluster org = described(orgNoun, true);
                found = org == null ? null : org.canonical;
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /**
     * The body a role before a name heads: "The President of the Sámi Parliament (Sámediggi), X" with k the token
     * before the comma; else null.
     */
    private String bodyOfRoleBefore(int k) {
        if (k > 2 && doc.token(k).isPunct(')')) {
            int open = k - 1;
            while (open > 0 && k - open < 6 && !doc.token(open).isPunct('(')) {
                open--;
            }
            k = doc.token(open).isPunct('(') ? open - 1 : k;
        }
        Entities.Cluster body = entities.at(k);
        if (body == null || body.type == EntityType.PERSON) {
            return null;
        }
        int p = k;
        while (p > 0 && entities.at(p - 1) == body) {
            p--;
        }
        p--;
        if (p > 0 && doc.token(p).is("the")) {
            p--;
        }
        return p > 0 && doc.token(p).is("of") && isRoleWord(doc.token(p - 1)) ? body.canonical : null;
    }

    /** The role word ending at, or a few words before, token k ("chairman", "head of European affairs"), else -1. */
    private int roleBefore(int k) {
        for (int p = k; p >= 0 && p > k - 4; p--) {
            Token t = doc.token(p);
            if (isRoleWord(t) || t.is("head")) {
                return p;
            }
            if (!t.isWord() || t.isPunct(',')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The body named in the appositive after a person's name: "X, the company's head of
     * affairs," "X, chairman of the Electoral Commission," "X, a spokeswoman for Acme,".
     */
    private String apposedAffiliation(Entities.Span s, Entities.Cluster person) {
        int k = s.last() + 1;
        if (k + 1 >= doc.size() || !doc.token(k).isPunct(',')) {
            return null;
        }
        // "X, who leads the opposition Y,": the body a relative clause says the person leads
        boolean role = k + 2 < doc.size() && doc.token(k + 1).is("who") && LEADING.contains(doc.token(k + 2).lower);
        for (int p = role ? k + 3 : k + 1; p < doc.size() && p <= k + 10; p++) {
            Token t = doc.token(p);
            if (t.isPunct(',') || t.isTerminal() || t.kind == Token.Kind.QUOTE || lex.verbsByFirstWord.containsKey(t.lower)) {
                return null;
            }
            role |= isRoleWord(t) || t.is("head");
            Entities.Cluster c = entities.at(p);
            if (c != null && c != person && c.type != EntityType.PERSON) {
                return role || rolesFollow(p, c) ? c.canonical : null;
            }
            if (t.kind == Token.Kind.POSSESSIVE && p > k + 1 && c == null) {
                // "the company's head": the body the description stands for
                Entities.Cluster owner = described(p - 1, true);
                if (owner != null && p + 1 < doc.size() && (isRoleWord(doc.token(p + 1)) || doc.token(p + 1).is("head")
                        || p + 2 < doc.size() && isRoleWord(doc.token(p + 2)))) {
                    return owner.canonical;
                }
            }
        }
        return null;
    }

    /**
     * The organisation or country an unnamed speaker speaks for, from the words before the
     * speaker's verb at {@code cue}: "a US trade official, speaking on condition of anonymity,
     * said"; null when the story names no such actor.
     */
    Entities.Cluster unnamedSide(int cue) {
        int sentence = doc.token(cue).sentence;
        for (int k = cue - 1; k > 0 && k >= cue - 2 * AFFILIATION_WINDOW && doc.token(k).sentence == sentence; k--) {
            if (!isRoleWord(doc.token(k)) && !lex.personRoles.contains(doc.token(k).lower)) {
                continue;
            }
            for (int p = k - 1; p >= Math.max(0, k - 3) && doc.token(p).sentence == sentence; p--) {
                if (entities.at(p) != null) {
                    return entities.at(p);
                }
                Lexicon.Place place = lex.places.get(Texts.fold(doc.token(p).text));
                String country = place != null ? place.canonical() : entities.demonymAt(p);
                if (country != null) {
                    return existing(country);
                }
            }
            return null;
        }
        return null;
    }

    /** The entity with this canonical name, or null. */
    Entities.Cluster existing(String canonical) {
        for (Entities.Cluster c : entities.clusters) {
            if (c.canonical.equals(canonical)) {
                return c;
            }
        }
        return null;
    }

    /** A role after the name starting at p, or after its possessive: "Acme Dairy chairman", "Acme's chief executive". */
    private boolean rolesFollow(int p, Entities.Cluster c) {
        int q = p;
        while (q + 1 < doc.size() && entities.at(q + 1) == c) {
            q++;
        }
        if (q + 1 < doc.size() && doc.token(q + 1).kind == Token.Kind.POSSESSIVE) {
            q++;
        }
        for (int r = q + 1; r < doc.size() && r <= q + 2; r++) {
            if (isRoleWord(doc.token(r))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleWord(Token t) {
        return t.isWord() && (lex.personRoles.contains(t.lower) || lex.titleLastWords.contains(t.lower));
    }

    /** Whether an organisation's name makes it a public or membership body rather than a company (asked per mention, so kept). */
    boolean isPublicBody(Entities.Cluster c) {
        return publicBodies.computeIfAbsent(c, org -> {
            for (String word : NAME_WORD_BREAKS.split(Texts.fold(org.canonical))) {
                if (PUBLIC_BODY_WORDS.contains(word) || BODY_NAME_WORDS.contains(word) || lex.governmentNouns.contains(word)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** "the company", "the board": the story's main organisation that is a company, else its main organisation. */
    private Entities.Cluster mainOrganisation() {
        Entities.Cluster company = null;
        for (Entities.Cluster c : entities.clusters) {
            // a tie goes to the company the story named first
            if (c.type == EntityType.ORG && !isPublicBody(c) && (company == null || c.mentions.size() > company.mentions.size())) {
                company = c;
            }
        }
        Entities.Cluster best = company != null ? company : entities.mostMentioned(c -> c.type == EntityType.ORG);
        return best != null && best.mentions.size() >= 2 ? best : null;
    }

    /** Whether two speakers are on one side: one speaks for the other, or both for the same body. */
    boolean sameSide(Entities.Cluster a, Entities.Cluster b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> ofA = affiliates(a);
        Set<String> ofB = affiliates(b);
        if (ofA.contains(b.canonical) || ofB.contains(a.canonical)) {
            return true;
        }
        for (String name : ofA) {
            if (ofB.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the organisation's name holds the noun, or a word the noun stands for: "the union" and "Meridian Workers' Union". */
    boolean isNamedBy(Entities.Cluster c, String noun) {
        return namedBy(c, noun, NAME_WORDS.get(noun));
    }

    /** Whether the noun names the body by its canonical name or by a translation it is given ("the centre" for X (Y Centre)). */
    private static boolean namedBy(Entities.Cluster c, String head, List<String> words) {
        if (nameHolds(c.canonical, head, words)) {
            return true;
        }
        for (Entities.Span m : c.mentions) {
            if (!m.text().equals(c.canonical) && nameHolds(m.text(), head, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameHolds(String name, String head, List<String> words) {
        for (String w : WORD_BREAKS.split(Texts.fold(name))) {
            if (w.equals("of")) {
                // "the bank" is not the Monetary Policy Council of Narodowy Bank Polski: what follows "of" is another body
                return false;
            }
            if (words != null ? words.contains(w) : sameStem(w, head)) {
                return true;
            }
        }
        return false;
    }

    /** "prosecutors" and "Prosecution", "court" and "Court": one stem, whatever the suffix. */
    private static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            // a short head is its own stem: "the bank" for the Central Bank of Nigeria
            return true;
        }
        if (a.length() < MIN_STEM || b.length() < MIN_STEM) {
            return false;
        }
        int n = Math.min(STEM, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
    }

    /** The first token of c's last mention starting before {@code token}, or -1; mentions are in text order. */
    private static int lastBefore(Entities.Cluster c, int token) {
        int lo = 0;
        int hi = c.mentions.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int first = c.mentions.get(mid).first();
            if (first < token) {
                last = first;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last;
    }
}
