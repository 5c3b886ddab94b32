package io.newswire.engine.rules;

import java.util.Set;

/** Closed-class English words the attribution rules test tokens against. */
final class Words {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "no", "any", "every", "each", "such", "whose");
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "be",
            "been", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do",
            "having", "being");
    static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being");
    static final Set<String> ADVERBS = Set.of("also", "further", "first", "then", "long", "still", "already",
            "again", "once", "later", "earlier", "previously", "never", "not", "n't", "even", "just", "only", "now",
            "often", "always", "since", "too", "ever", "reportedly", "recently", "separately", "similarly", "immediately",
            "twice");
    /** Words that open an indirect question: "did not say when", "questioning how". */
    static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "when", "how", "what", "why", "who", "where", "which");
    /** Sentence adverbs that stand between commas inside a clause: "she warned, however, that". */
    static final Set<String> PARENTHETICALS = Set.of("however", "though", "meanwhile", "nevertheless",
            "nonetheless", "moreover", "furthermore", "instead", "too", "also", "again", "separately", "therefore");
    static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another", "some", "several", "many",
            "two", "three", "four", "five", "few", "most", "other", "others");
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
    static final Set<String> OBJECT_WORDS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "lawmakers", "parliament", "congress", "supporters", "listeners", "viewers", "readers",
            "the", "a", "an");
    static final Set<String> SUBORDINATORS = Set.of("that", "which", "who", "whom", "while", "although",
            "though", "because", "as", "when", "if", "after", "before", "since", "whereas", "where", "whether", "but",
            "and", "or", "so", "than");
    /** The members of a court, who speak and act for it: "the judges", "the bench", "a panel of Justice X and Y". */
    static final Set<String> COURT_MEMBERS = Set.of("judges", "justices", "bench", "panel");
    static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "on", "for", "with", "to", "from", "by",
            "about", "over", "under", "during", "near", "closest", "among", "including", "amid", "against", "through",
            "after", "before", "via", "without", "behind", "inside", "outside", "within", "across", "beyond", "despite",
            "throughout", "toward", "towards");
    /** Words after a plural head that describe it: "people familiar with the talks", "sources close to". */
    static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "involved", "briefed", "knowledgeable");
    /** Groups a story names by what they are, never by name: "the opposition hailed the decision". */
    static final Set<String> COLLECTIVES = Set.of("opposition");
    /** Kin, named right after: "her cousin X", "his widow Y". */
    static final Set<String> KIN = Set.of("cousin", "brother", "sister", "wife", "husband", "son", "daughter", "father",
            "mother", "uncle", "aunt", "nephew", "niece", "widow", "widower", "grandson", "granddaughter");
    /** The end of a phrase after its subject's head: "officials travelling with her said". */
    static final Set<String> OBJECT_PRONOUNS = Set.of("her", "him", "them");
    /** Events at which something is said: "defended the plan at a news conference". */
    static final Set<String> OCCASIONS = Set.of("conference", "meeting", "summit", "rally", "briefing", "event",
            "forum", "congress", "convention", "speech", "interview", "visit", "ceremony", "gathering", "debate");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** A plural noun of people or things: "officials", "fishermen", "people". */
    static boolean isPlural(Token t) {
        return t.lower.endsWith("s") || t.lower.endsWith("men") || t.is("people");
    }

    private Words() {
    }
}
