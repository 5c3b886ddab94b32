package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.CUE_RULES;
import static io.newswire.engine.rules.Articles.statement;
import static io.newswire.engine.rules.Articles.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.Polarity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cue rules of {@link StanceFinder}, without the stance model ({@link StanceModelTest}). */
class StanceTest {

    private static List<String> stance(Statement s) {
        return s.stance().stream().map(st -> st.target().name() + ":" + st.polarity()).toList();
    }

    /**
     * Mechanism, the story (paragraphs split at '|'), words of the statement, its stance as
     * "target:POLARITY" items split at ',' (empty: none).
     */
    static Stream<Arguments> stances() {
        return Stream.of(
                Arguments.of("welcoming the ruling supports the league the lead reports docking points, not a court named after",
                        "ROSARIO - The Liga Nacional de Rugby on Monday docked six points from Club Atlético Norte for "
                                + "fielding an ineligible player.|The Court of Arbitration for Sport ruled on a similar case last "
                                + "year.|Rival club Deportivo Sur welcomed the ruling.", "welcomed the ruling",
                        "Liga Nacional de Rugby:SUPPORT"),
                Arguments.of("welcoming the ruling supports the judge the lead describes and names later, not a court of appeal",
                        "DUBLIN — A High Court judge has quashed planning permission for a quarry.|In her judgment, Ms Justice "
                                + "Siobhán Ní Bhraonáin found that the council had ignored the residents.|The developer may "
                                + "appeal to the Court of Appeal, which overturned a similar decision last year.|The "
                                + "residents' association Coiste Cosanta Bhaile welcomed the ruling.", "welcomed the ruling",
                        "Siobhán Ní Bhraonáin:SUPPORT"),
                Arguments.of("welcoming the decision supports the body the lead describes and names later, not an appeal court",
                        "LISBON - A disciplinary committee of the Federação Portuguesa de Remo on Monday cleared rower Inês "
                                + "Calado-Vaz of doping.|The National Disciplinary Committee said the sample had been mishandled.|Her "
                                + "sponsor, Marvela Sports, welcomed the decision.|The anti-doping agency may appeal to the "
                                + "Court of Arbitration for Sport.", "welcomed the decision",
                        "National Disciplinary Committee:SUPPORT"),
                Arguments.of("welcoming the judgment supports the court the story leads with, not one named after it",
                        "PRETORIA - The Constitutional Court on Friday set aside a water contract awarded by the Orsa "
                                + "council.|The Supreme Court of Appeal had dismissed a challenge last year.|Residents' leader "
                                + "Thandeka Mvula-Roos welcomed the judgment.", "welcomed the judgment",
                        "Constitutional Court:SUPPORT"),
                Arguments.of("welcoming a ruling a bench of named judges made supports their court",
                        "NEW DELHI - The Supreme Court of Orsa on Monday cancelled a mining licence.|A bench of Justice "
                                + "Meera Raghavan-Iyer and Justice Kabir Sethi-Malhotra quashed the approval given to the "
                                + "company.|Villagers' lawyer Anil Dasmohapatra welcomed the ruling.", "welcomed the ruling",
                        "Supreme Court of Orsa:SUPPORT"),
                Arguments.of("dismissing a complaint opposes whoever made it",
                        "Club member Anselmo Quiroga-Vidal said the election had been rigged and that he had filed a complaint.|Club "
                                + "president Rigo Ochoa-Brandt dismissed the complaint as a tantrum.", "dismissed the complaint", "Anselmo Quiroga-Vidal:OPPOSE"),
                Arguments.of("the council stands for a municipality so named",
                        "The Orsa Local Municipality awarded the contract in 2022.|Ratepayers' leader Wynand Bothmaskraal "
                                + "condemned the council for wasting money on lawyers.", "condemned the council",
                        "Orsa Local Municipality:OPPOSE"),
                Arguments.of("rejecting an award the story leads with opposes the tribunal that made it",
                        "LUSAKA - The Kessian Arbitration Centre on Monday ordered Zambia to pay $400 million to a mining "
                                + "company.|Mines Minister Chanda Mwale rejected the award.", "rejected the award",
                        "Kessian Arbitration Centre:OPPOSE"),
                Arguments.of("rejecting an offer opposes whoever made it",
                        "Dremmel Feeds launched a hostile bid for Ostvik Dairy on Monday.|Ostvik Dairy's chairman Lars Hove "
                                + "rejected the offer within hours.", "rejected the offer", "Dremmel Feeds:OPPOSE"),
                Arguments.of("welcoming the ruling the story leads with supports the court that made it, not a lower one",
                        "The High Court of Kelso overturned a defamation award to a senator on Wednesday.|Three judges of the "
                                + "Federal Court had upheld the award last year.|Press freedom campaigner Declan Oster welcomed "
                                + "the ruling.", "welcomed the ruling", "High Court of Kelso:SUPPORT"),
                Arguments.of("a board that regulates is the regulator",
                        "The Central Fungicides Board approved the chemical in 2019.|Farmers' leader Channa Holappa accused "
                                + "the regulator of ignoring complaints for six years.", "accused the regulator",
                        "Central Fungicides Board:OPPOSE"),
                Arguments.of("a state acts through its government, and welcoming its act supports it",
                        "TARKESHI: The Varuna Pradesh government on Friday banned the pesticide for 60 days.|Farmers' leader "
                                + "Channa Holappa welcomed the ban.", "welcomed the ban", "Varuna Pradesh:SUPPORT"),
                Arguments.of("support toward the governed entity",
                        "Senator Alma Brooks defended Governor Ray Ditmar on Monday.", "defended", "Ray Ditmar:SUPPORT"),
                Arguments.of("a statement joined by 'but' takes the other side of what the first one took",
                        "The Harbour Authority fined Osterlund Shipping.|Union leader Kofi Asante welcomed the Harbour Authority's "
                                + "decision but said the fine came two years after the first complaints.",
                        "two years after", "Harbour Authority:OPPOSE"),
                Arguments.of("opposition toward the governed entity",
                        "Union leader Kofi Asante criticized the Ledger Mining Company over the layoffs.", "criticized",
                        "Ledger Mining Company:OPPOSE"),
                Arguments.of("negation flips the polarity",
                        "\u201CWe will never accept Halden Motors as a partner,\u201D said Mayor Ines Cardoso.",
                        "never accept", "Halden Motors:OPPOSE"),
                Arguments.of("negated support is opposition",
                        "Mayor Ines Cardoso said the city would not support Halden Motors.", "not support Halden",
                        "Halden Motors:OPPOSE"),
                Arguments.of("negated opposition is no stance",
                        "Mayor Ines Cardoso said the city had never criticized Halden Motors.", "never criticized", ""),
                Arguments.of("a negated act enclosing an act against an actor",
                        "Governor Ray Ditmar said the state did not back calls to sanction Vantor Mining.",
                        "calls to sanction", "Vantor Mining:SUPPORT"),
                Arguments.of("another actor's act is not the speaker's stance",
                        "Minister Pavel Ionescu said Austria could support Hungary in the talks.", "support Hungary", ""),
                Arguments.of("country named only by its adjective",
                        "Senator Lena Brandt condemned the Iranian strikes on Tuesday.", "condemned", "Iran:OPPOSE"),
                Arguments.of("a role described by the title it was introduced with",
                        "Prime Minister Lars Eberhardt unveiled the budget on Monday.|"
                                + "Opposition leader Dana Whitcombe accused the prime minister of misleading voters.",
                        "accused the prime minister", "Lars Eberhardt:OPPOSE"),
                Arguments.of("a role given in apposition before a title",
                        "The journal Boreal Letters withdrew the paper.|The paper's lead author, Professor Anneli Rautio of "
                                + "Oulu Polytechnic, objected.|Geologist Tapio Lind accused the lead author of ignoring the data.",
                        "accused the lead author", "Anneli Rautio:OPPOSE"),
                Arguments.of("a decision the lead gives to a country's unnamed body is not the country's",
                        "SANTIAGO, Oct 2 - Chile's antitrust tribunal on Wednesday approved Andes Air's purchase of Pampa Wings.|"
                                + "Andes Air, the country's biggest carrier, welcomed the decision.",
                        "welcomed the decision", ""),
                Arguments.of("a plural description standing for an organisation",
                        "The Central Prosecution Office charged two bankers in May.|"
                                + "Defence lawyer Tomas Reyes criticised prosecutors for leaking documents.",
                        "criticised prosecutors", "Central Prosecution Office:OPPOSE"),
                Arguments.of("rejecting an actor's claims opposes the actor",
                        "Finance Minister Ola Brekke rejected Kestrel Bank's forecasts on Tuesday.", "rejected",
                        "Kestrel Bank:OPPOSE"),
                Arguments.of("rejecting an unattributed claim opposes whoever made it",
                        "The Farmers League said the new water tariff would ruin small growers.|"
                                + "Water Minister Pilar Osorio rejected the criticism on Friday.",
                        "rejected the criticism", "Farmers League:OPPOSE"),
                Arguments.of("an unnamed official's claim is the claim of the side the official speaks for",
                        "Norway has not decided on the tariffs.|A Norwegian trade official said the tariffs would start "
                                + "in May.|Trade Minister Pilar Osorio dismissed that suggestion on Friday.",
                        "dismissed that suggestion", "Norway:OPPOSE"),
                Arguments.of("labelling a claim false opposes its author",
                        "The Farmers League said the new water tariff would ruin small growers.|"
                                + "Water Minister Pilar Osorio described the criticism as baseless on Friday.",
                        "described the criticism", "Farmers League:OPPOSE"),
                Arguments.of("an appeal takes no side on whom it is addressed to",
                        "The Trade Council urged Vantor Mining to publish its accounts.", "publish its accounts", ""),
                Arguments.of("pressure for an act against another actor opposes that actor",
                        "The Consumer Union urged regulators to fine Halden Motors over the recall.", "fine Halden",
                        "Halden Motors:OPPOSE"),
                Arguments.of("an act named by its noun is the act of whoever the story said did it",
                        "Kenya, Ghana and Malawi sued Korvane Pharmaceuticals in Zurich.|"
                                + "The Afya Justice Network welcomed the lawsuit on Tuesday.",
                        "welcomed the lawsuit", "Kenya:SUPPORT,Ghana:SUPPORT,Malawi:SUPPORT"),
                Arguments.of("the agent after 'by' did the act",
                        "A trawler was seized by the Nordic Coast Guard on Sunday.|"
                                + "The Fishermen's Association condemned the seizure.",
                        "condemned the seizure", "Nordic Coast Guard:OPPOSE"),
                Arguments.of("the governing body is the federation named before",
                        "The Velmar Cycling Federation suspended rider Jonas Brenner on Monday.|"
                                + "His lawyer, Isabel Perren, accused the governing body of acting with indecent haste.",
                        "accused the governing body", "Velmar Cycling Federation:OPPOSE"),
                Arguments.of("an ultimatum the story never reports is the lead actor's",
                        "TOKYO – The Velmar Transport Agency on Thursday gave Kazemi Motors two weeks to recall its cars.|"
                                + "Kazemi Motors rejected the ultimatum.",
                        "rejected the ultimatum", "Velmar Transport Agency:OPPOSE"),
                Arguments.of("an act named with its author",
                        "A plan by Finance Minister Joachim Renner to cut the heating subsidy split the coalition.|"
                                + "Economy Minister Lena Vogt rejected the plan on Monday.",
                        "rejected the plan", "Joachim Renner:OPPOSE"),
                Arguments.of("a rejected claim opposes whoever the story reports making it",
                        "The Velm Farmers Party demanded the minister's resignation on Monday.|"
                                + "Minister Tomas Reyes rejected the demand.",
                        "rejected the demand", "Velm Farmers Party:OPPOSE"),
                Arguments.of("a pronoun object is the person last named",
                        "Jonas Brenner, a cyclist, was suspended on Monday.|"
                                + "\u201CWe will stand with him,\u201D said team manager Reto Imhof.",
                        "stand with him", "Jonas Brenner:SUPPORT"),
                Arguments.of("the charge after 'of' is not whom an accusation governs",
                        "Villager leader Kamla Bisht accused the government of dealing with Himvel Power.",
                        "accused the government", ""),
                Arguments.of("an act the story never reports is the act it leads with",
                        "BRUSSELS – The Antitrust Board on Thursday halted the takeover of Velmar Foods by Ostra Group.|"
                                + "The Dairy Farmers Federation welcomed the decision.",
                        "welcomed the decision", "Antitrust Board:SUPPORT"),
                Arguments.of("the lead actor is the body a country owns, not the country",
                        "BRASILIA – Velmar's Superior Electoral Court on Thursday halted the count in Goiana.|"
                                + "The Clean Vote Network welcomed the decision.",
                        "welcomed the decision", "Superior Electoral Court:SUPPORT"),
                Arguments.of("a place in the report of an act is no agent of it",
                        "The Velmar Tribunal opened its case in May.|A panel in Bergholm ruled against Ostra Group.|"
                                + "Ostra Group refused to recognise the ruling.",
                        "refused to recognise", "Velmar Tribunal:OPPOSE"),
                Arguments.of("a plural head names every organisation named with it",
                        "The Dunmore Supporters' Trust and the Dunmore Heritage Trust opposed the sale.|"
                                + "The Football Fans Association backed the trusts on Friday.",
                        "backed the trusts", "Dunmore Supporters' Trust:SUPPORT,Dunmore Heritage Trust:SUPPORT"),
                Arguments.of("the company is a company even when a union is named more often",
                        "Talks with Austral Terminals broke down. Austral Terminals rejected the offer.|"
                                + "The Sindicato Portuario (SP) said the SP would strike. The SP walked out.|"
                                + "Deputy Labour Minister Ana Ruiz criticised the company on Friday.",
                        "criticised the company", "Austral Terminals:OPPOSE"),
                Arguments.of("a decision is the act of whoever the story said fined, ruled or ordered",
                        "Norway's privacy regulator, the Datatilsynet Authority, has fined Lumio Apps 18 million crowns.|"
                                + "The Consumer Council welcomed the decision on Monday.",
                        "welcomed the decision", "Datatilsynet Authority:SUPPORT"),
                Arguments.of("standing by an actor supports it",
                        "The Cycling Union of Kessia stood by Matej Novak throughout the case.", "stood by",
                        "Matej Novak:SUPPORT"),
                Arguments.of("an organisation noun is the body it was written beside",
                        "The low-cost carrier Ventura Air threatened to cut flights.|"
                                + "Consumer advocate Rosa Dell said on Monday she accused the carrier of using passengers as hostages.",
                        "using passengers", "Ventura Air:OPPOSE"),
                Arguments.of("the judges stand for their court",
                        "The Constitutional Court of Kessia struck down the law.|"
                                + "Party leader Ivo Duric accused the judges of doing politics in robes.",
                        "accused the judges", "Constitutional Court of Kessia:OPPOSE"),
                Arguments.of("a claim named with its authors opposes them",
                        "Minera Andina rejected the accusations made by Rosa Quispe and the Water Observatory.",
                        "rejected the accusations", "Rosa Quispe:OPPOSE,Water Observatory:OPPOSE"),
                Arguments.of("coordinated objects",
                        "Senator Alma Brooks accused Norway and Denmark of blocking the treaty.", "accused",
                        "Norway:OPPOSE,Denmark:OPPOSE"),
                Arguments.of("examples name an object that is a kind",
                        "Senator Alma Brooks condemned the armed groups, such as Peru's Shining Path and the Lakeside "
                                + "Brigade, on Friday.",
                        "condemned", "Shining Path:OPPOSE,Lakeside Brigade:OPPOSE"),
                Arguments.of("a reported clause is not the target of a warning",
                        "Senator Alma Brooks warned that Vantor Mining could close the plant.",
                        "Vantor Mining could close", ""),
                Arguments.of("the source of an act is not its object",
                        "Senator Alma Brooks said the plan had won no support from Halden Motors.", "no support", ""),
                Arguments.of("a statement introduced by a stance verb keeps no earlier stance",
                        "Senator Alma Brooks accused Vantor Mining of hiding losses. Brooks also warned that the plant "
                                + "could close.",
                        "the plant could close", ""),
                Arguments.of("a cue that governs no actor",
                        "Mayor Ines Cardoso said she supported the plan to rebuild the bridge near Vantor Mining.",
                        "supported the plan", ""),
                Arguments.of("no cue at all",
                        "Minister Pilar Osorio said the talks with Norland had been long.", "talks with Norland", ""),
                Arguments.of("a judging word turns against the actor the statement names",
                        "Union leader Kofi Asante said Ledger Mining had acted in bad faith.", "acted in bad faith",
                        "Ledger Mining:OPPOSE"),
                Arguments.of("a negated judging word flips",
                        "Senator Alma Brooks said the Tarrow Water Board was not negligent.", "not negligent",
                        "Tarrow Water Board:SUPPORT"),
                Arguments.of("judging without a name keeps the speaker's earlier position",
                        "Union leader Kofi Asante criticized Ledger Mining over the layoffs.|"
                                + "Later, Kofi Asante said the new rota was simply unfair.", "simply unfair",
                        "Ledger Mining:OPPOSE"),
                Arguments.of("judging without a name turns toward the story's main actor",
                        "Halden Motors cut 900 jobs on Monday. Halden Motors said sales fell. Halden Motors "
                                + "shares dropped.|Union leader Kofi Asante said the cuts were reckless and unfair.",
                        "the cuts were", "Halden Motors:OPPOSE"),
                Arguments.of("'both' before coordinated names reaches each of them",
                        "Hauliers' leader Rasa Vitkute criticised both Estonia and Latvia over the queues.",
                        "criticised both", "Estonia:OPPOSE,Latvia:OPPOSE"),
                Arguments.of("a description coordinated with a description",
                        "The Harbour Residents Union and Kelso Rovers met on Monday. Kelso Rovers shares fell.|"
                                + "The fans' group Terrace Voice criticised both the club and the union.",
                        "criticised both", "Kelso Rovers:OPPOSE,Harbour Residents Union:OPPOSE"),
                Arguments.of("a possessive determiner makes the object definite",
                        "The electoral court barred mayoral candidate Davi Moretti on Friday.|"
                                + "The Renewal Front said it stood by its candidate.", "stood by its candidate",
                        "Davi Moretti:SUPPORT"),
                Arguments.of("the act's agent before a bracketed acronym",
                        "The Bank of Ostravia (BOO) has suspended the licence of Pennyway Payments.|"
                                + "The Savers Network welcomed the suspension.", "welcomed the suspension",
                        "Bank of Ostravia:SUPPORT"),
                Arguments.of("a passive subject suffers the act, it does not do it",
                        "The Marsh Road crossing has been shut since May, a blow to Corvin Freight.|"
                                + "Interior Minister Ilse Varga defended the closure.", "defended the closure", ""),
                Arguments.of("a short head noun stands for the body named with it",
                        "The Central Bank of Ostravia fined Pennyway Payments on Monday.|"
                                + "The Savers Network criticised the bank for its silence.", "criticised the bank",
                        "Central Bank of Ostravia:OPPOSE"),
                Arguments.of("a head noun is not a word after 'of' in another body's name",
                        "The Monetary Board of the Ostravian National Bank met. The Ostravian National Bank raised rates.|"
                                + "Finance Minister Jan Hollar accused the bank of ignoring the budget.", "accused the bank",
                        "Ostravian National Bank:OPPOSE"),
                Arguments.of("a lead after a dateline of a city and its country: the act is its subject's",
                        "LEIRIA, Portugal \u2014 The Tagus Electoral Board has disqualified Ivo Marek from the race.|"
                                + "The Harbour Residents Union welcomed the decision.", "welcomed the decision",
                        "Tagus Electoral Board:SUPPORT"),
                Arguments.of("a dateline's country with an elided article is no actor of the lead",
                        "KORHOGO, Côte d'Ivoire \u2014 The Savanna Cotton Board has suspended Ivo Marek from its council.|"
                                + "The Harbour Residents Union welcomed the decision.", "welcomed the decision",
                        "Savanna Cotton Board:SUPPORT"),
                Arguments.of("an adverb inside 'stand behind' keeps the support",
                        "Prime Minister Ilze Varna lost the vote.|The Centre Movement said it stood fully behind Varna.",
                        "stood fully behind", "Ilze Varna:SUPPORT"),
                Arguments.of("a passive lead: the act is the agent's",
                        "Kelso Rovers' plan for a new stand was rejected by Dunmore Council on Tuesday.|"
                                + "The Harbour Residents Union welcomed the decision.", "welcomed the decision",
                        "Dunmore Council:SUPPORT"),
                Arguments.of("rejected findings oppose the body the finding is credited to",
                        "The monitoring group Clear Count said the tally was flawed.|"
                                + "Party spokeswoman Ana Ilic rejected the group's findings.", "rejected the group",
                        "Clear Count:OPPOSE"),
                Arguments.of("rejected calls name their author after 'from' and a description",
                        "Energy Minister Eirik Dahl rejected calls from the environmental group Green Fell for the turbines "
                                + "to come down.", "rejected calls", "Green Fell:OPPOSE"),
                Arguments.of("a country's adjective before a rejected claim names its author",
                        "Trade Commissioner Anna Vest dismissed French calls for the text to be reopened.",
                        "dismissed French calls", "France:OPPOSE"),
                Arguments.of("demanding that an actor act is pressure on it",
                        "Foreign Secretary Lea Ocampo demanded that Estonia immediately cease its drills.",
                        "demanded that Estonia", "Estonia:OPPOSE"),
                Arguments.of("pressing an actor to act is pressure on it",
                        "Senator Alma Brooks pressed Halden Motors to reopen the plant.", "pressed Halden",
                        "Halden Motors:OPPOSE"),
                Arguments.of("a pronoun object is the last person of its gender",
                        "Health Minister Maria Vance froze wages. Economist Peter Lund said the freeze was legal.|"
                                + "Union leader Tom Ruiz pressed her to lift the cap.", "lift the cap", "Maria Vance:OPPOSE"),
                Arguments.of("the main actor judging itself takes no stance",
                        "Halden Motors cut 900 jobs on Monday. Halden Motors said sales fell.|"
                                + "Halden Motors said the decision was painful but responsible and prudent.",
                        "the decision was", ""),
                Arguments.of("questioning an actor opposes it",
                        "Analyst Ana Ruiz questioned the independence of Lumo Bank.", "independence", "Lumo Bank:OPPOSE"),
                Arguments.of("never doubting an actor supports it",
                        "Coach Ivo Marek said he had never doubted Dario Fenn.", "never doubted", "Dario Fenn:SUPPORT"),
                Arguments.of("a question as a noun, or one asked of a clause, judges no actor",
                        "Analyst Ana Ruiz said the real question for Lumo Bank was timing.|Mayor Ivo Marek said he was "
                                + "questioning whether Lumo Bank could pay.", "real question", ""),
                Arguments.of("an actor named only in an aside is not what a judgement is about",
                        "Lawyer Ana Ruiz said the original files, which were handed to the Orlen Institute in May, showed no "
                                + "manipulation.", "showed no manipulation", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stances")
    void stanceOf(String mechanism, String paragraphs, String words, String expected) {
        List<String> wanted = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertThat(stance(statement(story(CUE_RULES, paragraphs.split("\\|")), words))).containsExactlyInAnyOrderElementsOf(wanted);
    }

    /** The actors the story reported doing the act a noun names ({@link StanceReferents#agentsOf}). */
    private static List<String> agentsOfNoun(String raw, String noun) {
        Doc doc = new Doc(raw);
        StanceReferents referents = new StanceReferents(doc, new Entities(doc));
        int k = 0;
        while (!doc.token(k).is(noun)) {
            k++;
        }
        return referents.agentsOf(k).stream().map(c -> c.canonical).toList();
    }

    @Test
    void aNounInTheTranslationOfABodysNameStandsForTheBody() {
        Enrichment e = story("The study, published by the Markaz Abhath al-Sahil (Coastal Research Centre, CRC), "
                + "an independent institute, drew a sharp response.",
                "The Delta Farmers' Syndicate backed the centre.");
        assertThat(stance(statement(e, "backed the centre"))).containsExactly("Markaz Abhath al-Sahil:SUPPORT");
    }

    @Test
    void aDenialOrAnAppealTakesNoSideEvenInAStoryOfOpenConflict() {
        Enrichment e = story("LAGOS — The Kanem Workers' Union on Monday accused Dunmore Cement of cutting wages and called "
                + "the company's managers liars.", "Dunmore Cement denied that it had cut any wages.",
                "Union leader Bisi Adeyemi-Okafor urged Dunmore Cement to reopen talks.");
        assertThat(stance(statement(e, "had cut any wages"))).isEmpty();
        assertThat(stance(statement(e, "reopen talks"))).isEmpty();
        assertThat(stance(statement(e, "cutting wages"))).containsExactly("Dunmore Cement:OPPOSE");
    }

    @Test
    void anActReportedJustBeforeWithAPronounIsThePersonsAndAnOwnersActIsTheOwners() {
        assertThat(agentsOfNoun("Headline About A Recount Dispute Here\n\nPrime Minister Vytas Karalis dismissed the "
                + "allegations.\n\nHe also accused the opposition of working for Minsk. Rasa Ogint rejected the accusation.\n",
                "accusation")).containsExactly("Vytas Karalis");
        assertThat(agentsOfNoun("Headline About A Mining Concession Ruling\n\nThe Hermosillo District Court revoked the "
                + "concession.\n\nIts chief executive, Bruno Etcheverry, said he had rejected the offer. The ministry welcomes "
                + "the court's decision.\n", "decision")).containsExactly("Hermosillo District Court");
    }

    @Test
    void theSpeakerIsNeverItsOwnTarget() {
        Enrichment e = story("Finland defended Finland's border policy and rejected Sweden's complaint.");
        for (Statement s : e.statements()) {
            assertThat(s.stance()).extracting(Stance::target).doesNotContain(s.speaker());
        }
        assertThat(e.statements()).flatExtracting(Statement::stance).extracting(Stance::polarity).contains(Polarity.OPPOSE);
    }

    /** The body a person speaks for: named with the role before the name, or the one the person is said to lead. */
    @ParameterizedTest
    @ValueSource(strings = {"Halden Motors chief executive Ruth Pike criticized Halden Motors for slow hiring.",
        "Ruth Pike, who leads the opposition Civic Forum in parliament, criticized the Civic Forum for its silence.",
        "The Civic Forum met on Monday. \u201CWe are tired,\u201D said its chairwoman, Ruth Pike. Ruth Pike criticized the "
                + "Civic Forum for its silence.",
        "\u201CWe are tired,\u201D said Ruth Pike, Civic Forum's chairwoman. Ruth Pike criticized the Civic Forum for its silence.",
        "\u201CWe are tired,\u201D said Ruth Pike, Halden Motors chief executive. Ruth Pike criticized Halden Motors for slow hiring.",
        "The President of the Civic Forum (CF), Ruth Pike, spoke on Monday. Ruth Pike criticized the Civic Forum for its silence."})
    void noOppositionToTheOrganisationTheSpeakerSpeaksFor(String story) {
        Statement s = statement(story(story), "criticized");
        assertThat(s.speaker().name()).isEqualTo("Ruth Pike");
        assertThat(s.stance()).isEmpty();
    }

    @Test
    void theBodyARoleInCommasNamesIsTheSpeakersOwnSide() {
        Enrichment e = story(CUE_RULES, "Halden Motors cut 900 jobs on Monday.",
                "Ruth Pike, the company's head of communications, criticized Halden Motors for slow hiring.",
                "The Halden Motors chairman, Olav Brekke, criticized Halden Motors for its pay policy.",
                "Ines Varga, a spokeswoman for Halden Motors, criticized Halden Motors for its training budget.");
        for (String words : List.of("slow hiring", "pay policy", "training budget")) {
            Statement s = statement(e, words);
            assertThat(s.speaker()).isNotNull();
            assertThat(s.stance()).isEmpty();
        }
    }

    @Test
    void countryNamedOnlyByItsAdjectiveIsAListedTarget() {
        Enrichment e = story("Senator Lena Brandt condemned the Iranian strikes on Tuesday.");
        assertThat(e.entities()).contains(statement(e, "condemned").stance().get(0).target());
    }
}
