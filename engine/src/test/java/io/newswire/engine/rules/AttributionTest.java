package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.speaker;
import static io.newswire.engine.rules.Articles.statement;
import static io.newswire.engine.rules.Articles.story;
import static io.newswire.engine.rules.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.StatementKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributionTest {

    /** Construction, the story (paragraphs split at '|'), words of the statement, its speaker (null: unnamed). */
    static Stream<Arguments> speakers() {
        return Stream.of(
                Arguments.of("a body that says, in a relative clause, what it calls itself speaks by that name",
                        "ACCRA - The Popular Renewal Party met the Electoral Commission on Monday.|The coalition, which calls itself "
                                + "Nkabom, said it would boycott the count.", "it would boycott the count", "Nkabom"),
                Arguments.of("a body described mid-story is the one that the next sentence says calls itself by a name",
                        "VILNIUS - The bill passed on Monday.|A coalition of 60 charities, from food banks to shelters, said "
                                + "it would sue. The coalition, which calls itself Kartu (Together), met on Friday.",
                        "it would sue", "Kartu"),
                Arguments.of("a rounded quantity after a verb of saying opens what was said",
                        "The Harbour Pilots' Guild said about a third of its members would retire.",
                        "about a third of its members would retire", "Harbour Pilots' Guild"),
                Arguments.of("a quote after a colon that ends a clause without a verb of saying is its subject's",
                        "Harbour pilots walked out on Monday.|Margit Solheim, a broker in Bergen, summed up the mood on the "
                                + "quay: \u201CNobody trusts the new rota.\u201D", "Nobody trusts the new rota", "Margit Solheim"),
                Arguments.of("'which' after a source given by 'according to' stands for that source",
                        "Halvard Freight sold two trucks on Monday.|The trucks were unsafe, according to the firm, which said it "
                                + "would sue the dealer.", "it would sue the dealer", "Halvard Freight"),
                Arguments.of("a long relative clause between a role and its verb",
                        "Coach Ruairi Dunleavy met the players on Monday.|The coach, who has led the side from the bottom "
                                + "of the league to the play-off places in two seasons on one of the smallest wage bills in the "
                                + "country, said he would stay until the summer.", "he would stay until the summer",
                        "Ruairi Dunleavy"),
                Arguments.of("a title written in lower case before the name in Portuguese copy is no part of the name",
                        "The bench split.|Its chair, desembargadora Lívia Moraes Teixeira, rejected the appeal.",
                        "rejected the appeal", "Lívia Moraes Teixeira"),
                Arguments.of("an honorific for a married woman before her name is a title",
                        "Begum Nasreen Chowdhury told the rally that the count had been rigged.",
                        "the count had been rigged", "Nasreen Chowdhury"),
                Arguments.of("the addressee of a letter named in commas before 'that' is no part of what was written",
                        "Farmers' leader Odd Vinje wrote in a letter to the agency's director, Dr. Kari Lund, that the "
                                + "quotas would ruin the valley.", "the quotas would ruin the valley", "Odd Vinje"),
                Arguments.of("lower-case words describing a body before its name after a dateline leave the name the subject",
                        "ROTTERDAM \u2014 Container line Kvarnholm Shipping has withdrawn two vessels, saying the berths were "
                                + "unsafe.", "the berths were unsafe", "Kvarnholm Shipping"),
                Arguments.of("a body's name in English after 'or' in commas stands aside from the subject",
                        "The dockers' union Havnearbejdernes Forbund (HAF), or Harbour Workers' Federation, accused the "
                                + "port of hiding the losses.", "hiding the losses", "Havnearbejdernes Forbund"),
                Arguments.of("a long name with a given name not known, set off by a description before the verb, is a person's",
                        "The dredging was halted.|\"We were never asked,\" Odilon Brás de Almeida Prates, the "
                                + "fishermen's coordinator, said at the quay.", "We were never asked", "Odilon Brás de Almeida Prates"),
                Arguments.of("a phrase of time between a relative pronoun and its verb leaves the aside a statement of its own",
                        "The Nordic Council, which last month warned Oslo that the levy broke the treaty, said it would "
                                + "wait for the vote.", "the levy broke the treaty", "Nordic Council"),
                Arguments.of("an Italian particle joins the family name",
                        "Its treasurer, Corrado dalla Valle, welcomed the audit.", "welcomed the audit", "Corrado dalla Valle"),
                Arguments.of("a role before the name may be one held at a body whose name has a preposition",
                        "The mayor's adviser, former Court of Auditors judge Renata Vilhena, told reporters that the "
                                + "accounts were sound.", "the accounts were sound", "Renata Vilhena"),
                Arguments.of("a country's description of a body with its fields joined by 'and' is the body the next paragraph names beside the noun",
                        "BERGEN — Norway's fisheries and marine research agency warned on Tuesday that cod stocks had "
                                + "collapsed, and recommended that the autumn season be closed.|The agency, Havforskning "
                                + "Vestland (WMI), said its survey found the fewest young cod since "
                                + "1994.", "cod stocks had collapsed", "Havforskning Vestland"),
                Arguments.of("a lead's description of a body by its seat is the body named in the next paragraph",
                        "DARWIN — A Darwin-based tropical health institute says malaria cases doubled in the wet season.|"
                                + "The Arafura Tropical Health Institute (ATHI) published the figures on Monday.",
                        "malaria cases doubled", "Arafura Tropical Health Institute"),
                Arguments.of("a family name's ending says whose it is where the given name is not known",
                        "KEFLAVIK - The harbour board met on Monday.|\u201CThe wall will hold,\u201D said Ragnheiður "
                                + "Þórsdóttir, who chairs the board.|Bragi Jónsson, an engineer, disagreed with the "
                                + "board's figures.|\u201CWe checked it twice,\u201D she said.", "We checked it twice",
                        "Ragnheiður Þórsdóttir"),
                Arguments.of("a pronoun that stands for the only person named in its paragraph tells that person's gender",
                        "JOHOR BAHRU - The river board met on Monday.|\u201CThe bund will hold,\u201D said Noor Aziera "
                                + "Kamarul, who chairs the board.|Dr Haziq Ridhwan, an engineer, disagreed with the board's "
                                + "figures. \u201CThe bund is too low,\u201D he said.|Later the board stood by its figures. "
                                + "\u201CWe checked them twice,\u201D she said.", "We checked them twice", "Noor Aziera Kamarul"),
                Arguments.of("a body described mid-story is the one the next sentence names in apposition to its noun",
                        "HARARE - Tobacco auctions were halted on Monday.|A farmers' union representing about 9,000 "
                                + "growers said the halt would ruin the season. The union, the Zimbabwe Leaf Growers "
                                + "Association (ZLGA), has sued the auction floors before.", "ruin the season",
                        "Zimbabwe Leaf Growers Association"),
                Arguments.of("a bare indefinite body is the one the next sentence names in apposition to its noun",
                        "HARARE - Tobacco auctions were halted on Monday.|A coalition said the halt was unlawful. The "
                                + "coalition, the Mashonaland Farm Alliance, met the minister in May.", "the halt was unlawful",
                        "Mashonaland Farm Alliance"),
                Arguments.of("letters in commas after a lawyer's name are a rank that stands with the name, no body",
                        "The insurer's counsel, Adaeze Nwosu, SAN, said the policy had lapsed in March.",
                        "the policy had lapsed", "Adaeze Nwosu"),
                Arguments.of("a titled name apposed to the role after an inverted verb, with no space after the closing mark",
                        "LYON - A former director of Vercors Chimie was given a suspended sentence.|\"He chose not to "
                                + "look,\"said the presiding judge, Dr. Odile Marchetti-Roux, as she read out the verdict.",
                        "He chose not to look", "Odile Marchetti-Roux"),
                Arguments.of("a titled name and its affiliation apposed to the role a statement is according to",
                        "According to the court-appointed expert, Prof. Lennart Åkesson of Lund University, the valve "
                                + "failed within a week.", "the valve failed within a week", "Lennart Åkesson"),
                Arguments.of("an English noun stands for a body whose name holds the same noun in its own language",
                        "LISBON - New fishing quotas have come under fire from the trawler crews and from the research "
                                + "institute that helped to set them.|The quotas were set in May by the Agência Portuguesa das "
                                + "Pescas (Portuguese Agency for Fisheries, APP).|The Instituto Atlântico de Biologia Marinha "
                                + "has distanced itself from them. In a post, the Instituto Atlântico de Biologia Marinha (IABM) "
                                + "said the quotas ignored its survey.|Dr. Rui Valadares, who led the IABM survey, said the two "
                                + "teams had agreed on the method.|The agency rejected the criticism. In a statement, it said "
                                + "the stocks were recovering.", "the stocks were recovering", "Agência Portuguesa das Pescas"),
                Arguments.of("a committee the first sentence only describes is the one the story names a paragraph on",
                        "NAIROBI - An appeals committee of the Kenya Rowing Union on Friday reinstated sculler Wanjiru "
                                + "Mbugua-Otieno, finding that her missed test had been recorded at the wrong address.|The "
                                + "sculler had been suspended since March.|In its ruling, the Selection Appeals Committee said "
                                + "the union's records were unreliable.", "her missed test", "Selection Appeals Committee"),
                Arguments.of("a country's regulator the first sentence describes is the authority named after it",
                        "OSLO - Denmark's energy authority on Monday blocked a cable project, ruling that the "
                                + "landing fees were unlawful.|In a statement, the Energistyrelsen Autoriteit (EA) said "
                                + "the plan had ignored local grids.", "the landing fees were unlawful", "Energistyrelsen Autoriteit"),
                Arguments.of("a parliament the first sentence describes, in a story whose capital speaks for a country it never names",
                        "TBILISI — Georgia’s parliament on Wednesday passed a media bill.|Two diplomats in Brussels, who "
                                + "asked not to be named, said EU governments were divided over the bill.|“This is a dark day "
                                + "for every newsroom,” said opposition leader Tamar Kvirikadze, who criticised the vote.",
                        "a dark day", "Tamar Kvirikadze"),
                Arguments.of("a judge the first sentence describes is the judge the story names next",
                        "PERTH - A Western Australian Supreme Court judge on Tuesday overturned a mining permit, ruling "
                                + "that the miner had never consulted the traditional owners.|In her judgment, Justice Corinne "
                                + "Halloway-Strutt said the permit was void.", "never consulted", "Corinne Halloway-Strutt"),
                Arguments.of("the author of a document a statement is according to is its speaker",
                        "According to a research note from Corvalan Securities, the offer values the mine at $2 billion.",
                        "values the mine", "Corvalan Securities"),
                Arguments.of("a document's author after 'by the', with a participle clause describing the document",
                        "According to an analysis by the Fiscal Oversight Office, published on Monday, the levy would raise "
                                + "less than promised.", "the levy would raise", "Fiscal Oversight Office"),
                Arguments.of("a document filed with a body a name owns, and its initials, are no content",
                        "Vantor Mining is offering $4.35 a share for the mine, the company said in a filing with "
                                + "Chile's Comision del Mercado Financiero (CMF).", "offering $4.35", "Vantor Mining"),
                Arguments.of("content before an attribution that a participle of saying follows, with an aside between",
                        "Card payments had become vital to the economy, the Tarnvik Central Bank said in its quarterly review, "
                                + "adding that any tax should be designed with care.", "payments had become vital",
                        "Tarnvik Central Bank"),
                Arguments.of("the justices of a court speak for it, whatever form their verb takes",
                        "The Kelso Supreme Court on Tuesday declared the licence invalid.|The five justices held unanimously that "
                                + "the ministry had broken the law.", "the ministry had broken", "Kelso Supreme Court"),
                Arguments.of("'the court' is the court the story leads with, not a lower court it mentions once since",
                        "The High Court of Kelso overturned a defamation award on Wednesday.|Three judges of the Federal Court had "
                                + "upheld the award last year.|In its majority judgment, the court said the newspaper had acted "
                                + "reasonably.", "acted reasonably", "High Court of Kelso"),
                Arguments.of("a role right before a name is one the story refers back to",
                        "Moroccan runner Hasnaa Lemrabet was suspended on Monday.|The runner denied any wrongdoing.",
                        "denied any wrongdoing", "Hasnaa Lemrabet"),
                Arguments.of("a role qualified otherwise than where it was introduced is someone else's",
                        "Portuguese rider Tomas Esteves was stripped of his win.|Inigo Zabala, who was second, said he took no "
                                + "pleasure in it. \u201CThis is not how I wanted to win,\u201D the Basque rider said.",
                        "how I wanted to win", "Inigo Zabala"),
                Arguments.of("a minister-president is a role the story refers back to",
                        "Minister-President Anneke Vercauteren met the coalition leaders on Monday.|The talks broke up at "
                                + "midnight.|The minister-president also defended the time her government had taken.",
                        "defended the time", "Anneke Vercauteren"),
                Arguments.of("a commissaire is a role the story refers back to",
                        "Odile Tharaud-Besse, the race commissaire, told reporters the bike had been scanned.|The team said it "
                                + "would appeal.|The commissaire also said the bikes would be sent to Aigle.",
                        "bikes would be sent", "Odile Tharaud-Besse"),
                Arguments.of("an adverb of how often stands between subject and position",
                        "Velmora Seafood launched a hostile bid for Sundholm Aling on Monday, going directly to shareholders "
                                + "after the target\u2019s board twice rejected its approaches in private.",
                        "rejected its approaches", "Sundholm Aling"),
                Arguments.of("a named speaker joined by their own people speaks",
                        "The state banned the pesticide on Friday.|In the paper, the lead author, Dr Meera Kottayil, and her "
                                + "colleagues reported that sprayers were three times as likely to fall ill.",
                        "three times as likely", "Meera Kottayil"),
                Arguments.of("a person introduced as a businessman is the businessman who speaks later",
                        "The league suspended Osvaldo Terrazino, the businessman who controls the club, on Monday.|The "
                                + "businessman said on Tuesday that he would appeal.",
                        "would appeal", "Osvaldo Terrazino"),
                Arguments.of("a document is the author's that the story describes after it",
                        "The Court of Appeal ruled on Thursday that Portugal had expelled the applicants.|In a judgment adopted "
                                + "by five votes to two, the court ordered Portugal to pay damages.|According to the judgment, "
                                + "the group was held for two nights without food.",
                        "held for two nights", "Court of Appeal"),
                Arguments.of("a quote after a colon goes on with the reported speaker of its paragraph, not the last quoted one",
                        "\u201CThe border is protected,\u201D Interior Minister Pavlos Dranias said on television.|In a dissenting "
                                + "opinion, Judge Wiktor Salmela argued that the majority had shifted the burden. He put it "
                                + "plainly: \u201Cthe court has called proven what it could only have found likely.\u201D",
                        "only have found likely", "Wiktor Salmela"),
                Arguments.of("a source named in apposition after 'according to' and a role",
                        "Zambezi Copper won the arbitration.|According to the Solicitor-General, Mwila Banda, who led the "
                                + "legal team, the tribunal ignored the evidence.",
                        "ignored the evidence", "Mwila Banda"),
                Arguments.of("the panel of a court speaks for the court",
                        "The Court of Arbitration for Sport upheld the ban on Friday.|The Nordic Cycling Union said the "
                                + "Nordic Cycling Union had asked for it. The three-member panel said in its award that the rider "
                                + "had failed to explain the result.",
                        "failed to explain", "Court of Arbitration for Sport"),
                Arguments.of("a document is its author's where the story first wrote it",
                        "In a decision notice published on Monday, the Harbour Conduct Authority said Osterlund Shipping had "
                                + "broken the rules.|\u201CFirms must follow the rules,\u201D said Mira Holm, its head of enforcement."
                                + "|According to the notice, the company had kept no records for a year.",
                        "kept no records", "Harbour Conduct Authority"),
                Arguments.of("a document noun written for the first time is the last speaker's",
                        "The journal Boreal Letters said the paper had serious problems.|According to the retraction notice, "
                                + "two laboratories could not reproduce the ages.",
                        "could not reproduce", "Boreal Letters"),
                Arguments.of("a position reported by people familiar with it is theirs, unnamed",
                        "Talks are stalled.|Osterlund Shipping had rejected two offers since May, according to people familiar "
                                + "with the talks.",
                        "rejected two offers", null),
                Arguments.of("a position reported by a named source is the source's",
                        "Talks are stalled.|Osterlund Shipping had rejected two offers since May, according to the Baltic "
                                + "Ports Authority.",
                        "rejected two offers", "Baltic Ports Authority"),
                Arguments.of("a position backed by a document stays its subject's",
                        "Talks are stalled.|Proxy adviser Fjord Governance recommended that investors back two nominees, "
                                + "according to a report sent to clients.",
                        "back two nominees", "Fjord Governance"),
                Arguments.of("a titled name of an institution in commas after a role",
                        "The journal Boreal Letters withdrew the paper on Monday.|The paper's first author, Professor Anneli "
                                + "Rautio of Oulu Polytechnic in Kajaani, has refused to accept the withdrawal.",
                        "refused to accept", "Anneli Rautio"),
                Arguments.of("a person described by age and a former job, of the gender the sentence goes on with",
                        "Ilse Varga leads the Green League. Premier Tomo Arakawa said the budget would pass, and Mr Arakawa left."
                                + "|The 58-year-old former nurse dismissed suggestions that she was bluffing.",
                        "dismissed suggestions", "Ilse Varga"),
                Arguments.of("a person described by age and a former trade, of the gender the sentence goes on with",
                        "Ilse Varga leads the Green League. Premier Tomo Arakawa said the budget would pass, and Mr Arakawa left."
                                + "|The 58-year-old former beekeeper dismissed suggestions that she was bluffing.",
                        "dismissed suggestions", "Ilse Varga"),
                Arguments.of("a body described by its origin is the one the story introduced so",
                        "The board of Dutch valve maker Koninklijke Vermeer rejected an offer from German gearbox maker "
                                + "Brandauer Antriebe.|In a statement, the German company said Vermeer had refused to talk."
                                + "|The Dutch group said the offer was too low.",
                        "refused to talk", "Brandauer Antriebe"),
                Arguments.of("a body described by its origin, the other one",
                        "The board of Dutch valve maker Koninklijke Vermeer rejected an offer from German gearbox maker "
                                + "Brandauer Antriebe.|In a statement, the German company said Vermeer had refused to talk."
                                + "|The Dutch group said the offer was too low.",
                        "too low", "Koninklijke Vermeer"),
                Arguments.of("people described after the head, unnamed",
                        "The vote is next week. People familiar with the talks said the two ministers had not spoken since Monday.",
                        "had not spoken", null),
                Arguments.of("officials described by a participle, unnamed",
                        "Minister Ana Reyes did not name Velmar. Officials travelling with her said the message was clear.",
                        "message was clear", null),
                Arguments.of("a person described by age is the person named last",
                        "The board chose Ilja Marek as chair. Under the deal, Tomas Berg is owed €2 million. "
                                + "The 61-year-old said he had learned of it from a reporter.", "learned of it", "Tomas Berg"),
                Arguments.of("asides of distance and of belonging between subject and verb",
                        "The Harran Survey, a joint team working at the site of Tel Omri, 40 kilometres north of Urfa, "
                                + "announced in May that the wall was older.", "wall was older", "Harran Survey"),
                Arguments.of("an aside saying what a body is part of",
                        "The team's leader, Dilnoza Karimova of the Institute of Archaeology, part of the national Academy "
                                + "of Sciences, defended the dating.", "defended the dating", "Dilnoza Karimova"),
                Arguments.of("'the port authority' for a body named in French",
                        "Dockers at the Port Autonome de Kribi stopped work. The port authority rejected their demands.",
                        "rejected their demands", "Port Autonome de Kribi"),
                Arguments.of("the opposition, unnamed", "In Tarnow, the opposition hailed the decision.", "hailed the decision", null),
                Arguments.of("a plural opening a sentence, unnamed", "Unions had campaigned against the merger.",
                        "campaigned against", null),
                Arguments.of("commas inside brackets after an apposed name",
                        "Barros was barred on Monday. His party, the Popular Renewal Movement (Movimento Renovação Popular, MRP), "
                                + "said in a statement that it stood by him.", "stood by him", "Popular Renewal Movement"),
                Arguments.of("a name and its organisation after 'of' in commas",
                        "His closest rival, Luíza Amaral of the centre-left Goiânia coalition, welcomed the decision.",
                        "welcomed the decision", "Luíza Amaral"),
                Arguments.of("a person introduced after 'For' is the next 'she'",
                        "Vaida Stankevičienė, an economist, said losses were mounting.|"
                                + "For Gintarė Paulauskienė, who runs a trucking firm, the standoff has been ruinous. Her trucks are stuck, "
                                + "and she said two clients had left.", "two clients had left", "Gintarė Paulauskienė"),
                Arguments.of("words quoted inside a reported clause that goes on",
                        "Spokesman Pavel Drahun said the trucks were held \"in full accordance with the law\" for breaking customs rules.",
                        "for breaking customs rules", "Pavel Drahun"),
                Arguments.of("a second position of the same subject",
                        "The committee's convenor, Kamla Bisht, welcomed the order and thanked the judges for their courage.",
                        "thanked the judges", "Kamla Bisht"),
                Arguments.of("an attribution set inside its clause",
                        "Coach Pieter Aalbers dismissed the remarks. Dunmore, he said, had spent more on testing than any team.",
                        "had spent more on testing", "Pieter Aalbers"),
                Arguments.of("a relative clause inside the reported clause",
                        "Finance Minister Joachim Renner told reporters that the programme, which is run by the Velm Bank, "
                                + "had become too costly.", "had become too costly", "Joachim Renner"),
                Arguments.of("a relative clause with commas of its own between speaker and verb",
                        "The Velm Heating Federation (VHF), which represents makers of pumps, boilers and fans, said orders "
                                + "had fallen by a third.", "orders had fallen", "Velm Heating Federation"),
                Arguments.of("with a name and a participle of saying",
                        "A plan by Finance Minister Joachim Renner has split the coalition, with his cabinet colleague "
                                + "Lena Wüstenhagen warning that the cut would wreck the climate targets.", "would wreck", "Lena Wüstenhagen"),
                Arguments.of("the bench speaks for its court",
                        "The Supreme Court of Velmar halted the dam on Monday.|"
                                + "\u201CDevelopment cannot be bought with safety,\u201D the bench wrote.", "Development cannot", "Supreme Court of Velmar"),
                Arguments.of("a pronoun after a person the paragraph introduces by role",
                        "Professor Anneloes Brink said the trial had failed.|"
                                + "Its chief executive, Maaike Verhoeven, went further. \u201CThey never asked us,\u201D she said.",
                        "never asked us", "Maaike Verhoeven"),
                Arguments.of("speaker after the quote",
                        "\u201CThe vaccine trial met every endpoint,\u201D researcher Olga Petrenko said on Friday.",
                        "vaccine trial", "Olga Petrenko"),
                Arguments.of("said X inversion",
                        "\u201CThe line will open in spring,\u201D said Transport Minister Kwame Mensah.",
                        "line will open", "Kwame Mensah"),
                Arguments.of("speaker before the quote, with a colon",
                        "Judge Harriet Cole was blunt.|Cole told the jury: \u201CYou must acquit on the second count.\u201D",
                        "acquit", "Harriet Cole"),
                Arguments.of("according to, after the content",
                        "The plant will close in June, according to the Verdane Steel Corporation.",
                        "plant will close", "Verdane Steel Corporation"),
                Arguments.of("according to, before the content",
                        "According to Inspector Paula Reyes, the fire started in the kitchen.",
                        "fire started", "Paula Reyes"),
                Arguments.of("in a statement, the ministry said",
                        "The Norwegian Ministry of Fisheries opened talks with trawler owners.|"
                                + "In a statement, the ministry said quotas would be cut by a fifth.",
                        "quotas", "Norwegian Ministry of Fisheries"),
                Arguments.of("a country's ministry in lower case is an organisation",
                        "Peru's foreign ministry said the ambassador had been recalled.", "ambassador",
                        "Peru's foreign ministry"),
                Arguments.of("a role and a name in commas speak for the body before them",
                        "The head of the Varnese Monitoring Commission observer team, former Kenya trade minister "
                                + "Odhiambo Wekesa, said the count had been orderly.", "count had been orderly", "Odhiambo Wekesa"),
                Arguments.of("a place qualifying a place in commas is skipped",
                        "Liesl Marquardt, a geologist at the Halvorsen Institute in Kiel, Germany, who was not "
                                + "involved in the study, said the samples were sound.", "samples were sound", "Liesl Marquardt"),
                Arguments.of("a participle after the clause takes the name after an organisation noun",
                        "Vestland League club Orre Athletic have lodged a complaint with the federation accusing "
                                + "Santa Luzia of blocking the transfer.", "accusing Santa Luzia", "Orre Athletic"),
                Arguments.of("a country as speaker",
                        "Japan rejected the proposal for a joint patrol.", "rejected the proposal", "Japan"),
                Arguments.of("a capital standing for its country",
                        "Officials met on Monday, and Tokyo said the waters were its own.", "waters", "Japan"),
                Arguments.of("pronoun referring back to the last named person",
                        "Economist Ingrid Solberg studied the housing data for a year.|"
                                + "She said prices had peaked in the capital.",
                        "prices had peaked", "Ingrid Solberg"),
                Arguments.of("pronoun after a sentence that starts with another person",
                        "Coach Tomas Berg said the team was ready.|Striker Jonas Vik arrived later.|"
                                + "He said the pitch was too dry.",
                        "pitch was too dry", "Jonas Vik"),
                Arguments.of("pronoun skipping a person of the other gender",
                        "Economist Anna Lind said growth would slow.|Minister Erik Dahl disagreed.|"
                                + "He said exports were strong.",
                        "exports were strong", "Erik Dahl"),
                Arguments.of("surname and a relative clause before the verb",
                        "Chancellor Dieter Brandhorst visited the factory.|"
                                + "Brandhorst, who took office in May, has repeatedly criticized the export rules.",
                        "export rules", "Dieter Brandhorst"),
                Arguments.of("role referring back to the person introduced with it",
                        "Spokeswoman Dana Whitfield spoke first.|Minister Omar Haddad arrived later.|"
                                + "The spokeswoman said the talks would resume in May.",
                        "talks would resume", "Dana Whitfield"),
                Arguments.of("role nobody was introduced with",
                        "Minister Omar Haddad arrived late.|The spokeswoman said the talks would resume in May.",
                        "talks would resume", null),
                Arguments.of("anonymous official",
                        "\u201CThe talks are close to collapse,\u201D an official said.", "talks are close", null),
                Arguments.of("a named person's lawyer is not the person",
                        "Defendant Rafe Calder sat silently.|Calder's lawyer said the verdict would be appealed.",
                        "verdict would be appealed", null),
                Arguments.of("according to unnamed people",
                        "The bank will cut 500 jobs, according to people familiar with the matter.",
                        "cut 500 jobs", null),
                Arguments.of("it refers to the organisation last mentioned",
                        "Halvard Mining Corporation posted a loss.|It said demand for copper had fallen.",
                        "demand for copper", "Halvard Mining Corporation"),
                Arguments.of("critics",
                        "Critics argue that the new stadium will never pay for itself.", "stadium", null),
                Arguments.of("participle aside before the verb",
                        "Greek officials, speaking on condition of anonymity, said Athens would veto the plan.",
                        "veto the plan", null),
                Arguments.of("several asides, an age and a prepositional phrase",
                        "Ingmar Vos, 58, a former central banker, in an interview on Tuesday, said rates would fall.",
                        "rates would fall", "Ingmar Vos"),
                Arguments.of("said Dr. X of an institution",
                        "\u201CThe results are strong,\u201D said Dr. Lena Moravec of Brno Teaching Hospital, who led the trial.",
                        "results are strong", "Lena Moravec"),
                Arguments.of("said the role, name",
                        "\u201CWe are grateful,\u201D said the union's president, Tarik Osman.", "grateful", "Tarik Osman"),
                Arguments.of("name in commas after a role",
                        "The findings were welcomed by the Nordic Heart Foundation, whose director, Elin Dahl, said "
                                + "they confirmed earlier work.",
                        "confirmed earlier work", "Elin Dahl"),
                Arguments.of("dateline is not the subject",
                        "OSLO (Reuters) \u2013 Equinor ASA cut its output forecast on Monday, citing maintenance at two "
                                + "fields.",
                        "maintenance", "Equinor ASA"),
                Arguments.of("British single quotes",
                        "\u2018We will not sell the club,\u2019 owner Graham Pike said.", "sell the club", "Graham Pike"),
                Arguments.of("courts rule, and the court refers back",
                        "The Federal Court of Appeal heard the case in March.|The court ruled that the contract was void.",
                        "contract was void", "Federal Court of Appeal"),
                Arguments.of("the company refers to the organisation the story is about",
                        "Shares of Tamsin Biotech rose after the trial results.|"
                                + "The company said the drug would be filed for approval this year.",
                        "filed for approval", "Tamsin Biotech"),
                Arguments.of("an organisation's name in apposition",
                        "The coalition split after its smaller partner, the Rural Alliance, said it would leave.",
                        "would leave", "Rural Alliance"),
                Arguments.of("a common noun and a name in apposition",
                        "The bank's biggest creditor, the insurer Halden Mutual, said it would accept the terms.",
                        "accept the terms", "Halden Mutual"),
                Arguments.of("an organisation inside the appositive is not the speaker",
                        "Ravi Menon, the chairman of Halden Mutual, said the terms were fair.",
                        "terms were fair", "Ravi Menon"),
                Arguments.of("restrictive relative clause before the verb",
                        "A port worker who asked not to be identified said cranes had stopped at noon.",
                        "cranes had stopped", null),
                Arguments.of("participle after a quote shares its attribution",
                        "Inspector Maya Lund opened the hearing.|Banker Peter Brandt arrived late.|"
                                + "\u201CWe kept every record,\u201D she said, adding that the audit was complete.",
                        "audit was complete", "Maya Lund"),
                Arguments.of("participle after an inverted attribution",
                        "The Tamsin Group posted higher sales.|Demand will stay \u201Cbroadly firm\u201D, said analyst "
                                + "Petra Holm, adding that the group had cut costs.",
                        "cut costs", "Petra Holm"),
                Arguments.of("he after an unnamed speaker stays unnamed",
                        "Minister Paul Okoro said the harbour would reopen.|"
                                + "One trader at a Lagos bank said the move came late. \u201CMarkets had already priced it in,\u201D he said.",
                        "priced it in", null),
                Arguments.of("an unnamed speaker paragraphs back no longer takes the pronoun",
                        "Minister Paul Okoro opened the harbour.|One trader said the move came late.|"
                                + "Ships queued for a week.|Cargo moved again on Tuesday.|He said costs would fall.",
                        "costs would fall", "Paul Okoro"),
                Arguments.of("the role after an unnamed holder of it stays unnamed",
                        "Spokesman Paul Okoro said talks would go on.|A senior official who declined to be named said "
                                + "the cabinet was split. \u201CThey will not last the month,\u201D the official said.",
                        "last the month", null),
                Arguments.of("the regulator refers to the last authority named",
                        "Shares of Ostmark Bank fell after the Baltic Supervisory Authority opened a review.|"
                                + "The regulator said the review would take six months.",
                        "six months", "Baltic Supervisory Authority"),
                Arguments.of("a named ministry speaks for itself, not for its country",
                        "In a statement, the Austrian Transport Ministry said the tunnel would stay shut.",
                        "tunnel would stay shut", "Austrian Transport Ministry"),
                Arguments.of("an acronym in brackets before the verb",
                        "Trading stopped after the Nordic Energy Agency (NEA) flagged errors in the price feed.",
                        "flagged errors", "Nordic Energy Agency"),
                Arguments.of("a quote paragraph goes on with the speaker the paragraph before ended with",
                        "Harbour fees rose again in March.|Mirela Dobrev, an economist at the Adriatic Institute, said "
                                + "the rise was overdue.|\u201CPorts have undercharged for a decade and the bill has come due.\u201D",
                        "undercharged", "Mirela Dobrev"),
                Arguments.of("an attribution of its own outweighs the speaker of the paragraph before",
                        "Mirela Dobrev said the rise was overdue.|\u201CPorts have undercharged for a decade.|"
                                + "\u201CThe bill has come due,\u201D harbour master Tomas Lund said on Monday.",
                        "undercharged", "Tomas Lund"),
                Arguments.of("a pronoun after a fronted phrase is the whole subject",
                        "Mayor Anna Lindgren opened the bridge.|During the campaign last spring she accused Ostfold Rail of "
                                + "ignoring the town.", "ignoring the town", "Anna Lindgren"),
                Arguments.of("a relative clause after a name and its appositive",
                        "Most of the gold sits at Halvard Vault, the Oslo-based custodian, which has warned for months "
                                + "that it could face claims.", "could face claims", "Halvard Vault"),
                Arguments.of("an adverb between auxiliary and verb",
                        "Marek Novak, who left the firm in May, has always denied wrongdoing.", "denied wrongdoing", "Marek Novak"),
                Arguments.of("the company is the company the last paragraphs are about, not a public body",
                        "Regulators at the Nordic Energy Agency fined Brightwell Turbines on Monday.|"
                                + "The Nordic Energy Agency said the fine was final. Shares of Brightwell Turbines fell 9%.|"
                                + "The company said it would appeal.", "would appeal", "Brightwell Turbines"),
                Arguments.of("the union is the body the noun was written beside",
                        "Workers at Corvane Motors struck after the Metalia union called a stoppage. Corvane Motors "
                                + "said output fell. Corvane Motors said talks were over.|The union said the strike would go on.",
                        "strike would go on", "Metalia"),
                Arguments.of("a nationality with a body's head word names the body, not the country",
                        "The Chilean Rowing Federation suspended two athletes.|"
                                + "The Chilean federation said it had acted on the evidence.", "acted on the evidence",
                        "Chilean Rowing Federation"),
                Arguments.of("a described role stands for the person in focus",
                        "\u201CThe plan is sound,\u201D Chief Executive Mika Laine said.|The 58-year-old executive, who joined "
                                + "in May, has argued that costs are too high.", "costs are too high", "Mika Laine"),
                Arguments.of("a quote after a position verb is its object, not a direct statement",
                        "Norway, which has sent two frigates, said it opposed \u201Cany change to the border by force\u201D.",
                        "change to the border", "Norway"),
                Arguments.of("a second verb phrase after 'and' shares the subject of the verb of saying",
                        "Peru\u2019s deputy trade minister, Rosa Quispe, said Lima was ready to talk and called on both "
                                + "sides to show restraint.", "show restraint", "Rosa Quispe"),
                Arguments.of("'it' after 'but' is the subject of the first clause",
                        "Talks resumed after the Merrow Workers Union called a strike.|Brightwell Energy has offered "
                                + "bonuses to staff, but it has refused to extend the contract.", "refused to extend", "Brightwell Energy"),
                Arguments.of("'it' is the organisation the sentence before was about, not the last speaker",
                        "The crew were unhurt, the Fisheries Bureau said.|The Korvan Navy gave a different account. "
                                + "In a statement, it said the trawler had entered closed waters.", "entered closed waters", "Korvan Navy"),
                Arguments.of("a long appositive with commas before the verb after a quote",
                        "\u201CThe wells will run dry by August,\u201D Sanna Korhonen, the agency\u2019s director for water, "
                                + "soil, forests and coastal planning in the north, told reporters in Oulu on Friday.",
                        "wells will run dry", "Sanna Korhonen"),
                Arguments.of("a nickname in quotes inside the speaker's name",
                        "The rivals were unimpressed. \u201CTwelve boxes is what they counted. We are talking about "
                                + "hundreds,\u201D party spokesman Ramon \u201CBoy\u201D Ilagan said, accusing the board of "
                                + "relying on a sample \u201Ctoo small to matter\u201D in a vote decided across 9,000 towns.",
                        "accusing the board", "Ramon \u201CBoy\u201D Ilagan"),
                Arguments.of("a person's government is the country the person leads",
                        "Honduran President Ada Vesk met the envoy on Monday. Honduras has long resisted the deal.|"
                                + "Vesk's government denied that any officials had obstructed the flights.",
                        "obstructed the flights", "Honduras"),
                Arguments.of("a role phrase ending in a common noun before the name in commas",
                        "The company\u2019s head of European affairs, Ines Varga, went further, telling reporters in "
                                + "Brussels that regulators were moving the goalposts.", "moving the goalposts", "Ines Varga"),
                Arguments.of("'the coalition' in a story about a commission is the coalition named beside the noun",
                        "The Tarnow Electoral Commission proclaimed the winners. The Tarnow Electoral Commission rejected "
                                + "the protests.|The opposition Nova Alliance coalition accused the Tarnow Electoral "
                                + "Commission of rigging the count.|The coalition also called for a forensic audit of the machines.",
                        "forensic audit", "Nova Alliance"),
                Arguments.of("a country's regulator is the agency the story names, not the country",
                        "Brazil\u2019s health regulator on Friday refused to approve the drug, saying the data were weak.|"
                                + "In a technical opinion, the National Health Surveillance Agency said the trial had failed.",
                        "data were weak", "National Health Surveillance Agency"),
                Arguments.of("a connective in commas between subject and verb",
                        "The Tarnow Medical Council, however, largely backed the regulator.", "backed the regulator",
                        "Tarnow Medical Council"),
                Arguments.of("a part of an organisation speaks for it: 'the board of X'",
                        "Investor group Pell Partners has built a stake in the company. Pell Partners wants a sale. "
                                + "Pell Partners says the shares are cheap.|The board of Drummond Textiles on Monday "
                                + "rejected a demand from Pell Partners to sell the mills.", "rejected a demand", "Drummond Textiles"),
                Arguments.of("an aside opening with 'now a' between the speaker and the verb",
                        "Former captain Asantha Weragoda, now a television commentator, criticised both the board and "
                                + "the selectors.", "criticised both", "Asantha Weragoda"),
                Arguments.of("a noun written in apposition before a name stands for it, not for the main body",
                        "BUENOS AIRES - The Uruguayan Football Association (UFA) docked the points after players complained "
                                + "through their union, Jugadores Unidos Profesionales (JUP).|The UFA said the club had not paid. "
                                + "The UFA said the ruling was final.|The players' union rejected the club's account.",
                        "rejected the club", "Jugadores Unidos Profesionales"),
                Arguments.of("'the company' is the company that has just spoken, not the one mentioned most",
                        "Pell Partners wants a sale, and Pell Partners says the shares are cheap. Pell Partners owns 4 percent.|"
                                + "Drummond Textiles Ltd dismissed the criticism. In a statement, the company said the mills were "
                                + "profitable.", "mills were profitable", "Drummond Textiles Ltd"),
                Arguments.of("a name described by a place in commas after a description of the subject",
                        "Corvo Mining received a bid on Monday. Corvo's largest shareholder, the Perth fund Tallow Partners, which "
                                + "holds 14 per cent, said it would not sell.", "would not sell", "Tallow Partners"),
                Arguments.of("a name described by its origin in commas after a role",
                        "Kestra Rail drivers walked out.|Kestra Rail's chief executive, the Austrian-born Jonas Pichler, rejected "
                                + "the accusation.", "rejected the accusation", "Jonas Pichler"),
                Arguments.of("an aside opening with 'whose' between the speaker and the verb",
                        "Iceland, whose fishing fleet is often described as its \u201Csilver army\u201D, said on Wednesday that it "
                                + "hoped the dispute would end.", "dispute would end", "Iceland"),
                Arguments.of("'the company' is the body this paragraph has just called a firm",
                        "The team sponsor Hollis Bikes said the rider had cheated. Hollis Bikes dropped him last week.|The tribunal found his sample was contaminated by a supplement "
                                + "made by the Italian firm Corvallo Nutri. The company denied that its products contained the drug.",
                        "products contained", "Corvallo Nutri"),
                Arguments.of("a person described by age is the person named last, not one named as an owner",
                        "Prime Minister Ivo Brandt presented the budget.|Its policy chief, Lea Marten, called Brandt’s loans "
                                + "a bailout.|“Pensioners will pay for this,” the 44-year-old told a party meeting.",
                        "Pensioners will pay", "Lea Marten"),
                Arguments.of("a person described by age has the gender the sentence goes on with",
                        "Transport Minister Ana Kowal met the drivers. Their leader, Lars Berg, left early.|The 61-year-old "
                                + "criticised the timing of the walkout, but said she did not oppose the strike.",
                        "timing of the walkout", "Ana Kowal"),
                Arguments.of("an appeal in a clause describing a noun apposed to the speaker, then the speaker's own verb",
                        "Orvia Air bought Pampa Jet, a rival carrier, in May.|Korrin Air, the low-cost carrier that had urged the "
                                + "regulator to veto the deal, said the remedies were weak.", "veto the deal", "Korrin Air"),
                Arguments.of("the speaker's own verb after a clause describing a noun apposed to the speaker",
                        "Orvia Air bought Pampa Jet, a rival carrier, in May.|Korrin Air, the low-cost carrier that had urged the "
                                + "regulator to veto the deal, said the remedies were weak.", "remedies were weak", "Korrin Air"),
                Arguments.of("a subject whose name in its own language, in brackets, ends in a place, then a relative clause",
                        "The Orsa Tin Miners' Guild (Hội Thợ mỏ Thiếc Việt Nam), which speaks for 4,000 miners, condemned the "
                                + "new royalty.", "condemned the new royalty", "Orsa Tin Miners' Guild"),
                Arguments.of("a body whose name holds a plural in -men before its possessive mark",
                        "The Haldor Fishermen's Guild, which speaks for 300 boats, rejected the quota.",
                        "rejected the quota", "Haldor Fishermen's Guild"),
                Arguments.of("a claim before an unnamed source who told a named court something only of when",
                        "Orlan Brisk paid the contractor twice for the same pipes, a prosecutor told the Vennick High Court "
                                + "on Tuesday as the trial opened.", "paid the contractor twice for the same pipes", null),
                Arguments.of("an advocate's title and letters around a name with a particle",
                        "Advocate Yusrie bin Achmat-Davids SC said the award could not stand.", "the award could not stand",
                        "Yusrie bin Achmat-Davids"),
                Arguments.of("a role with its body's initials before it, for the person introduced in that role",
                        "The Orsa Growers' Union (OGU) joined the march. Its secretary, Wanjiru Kabogo-Meli, said the land "
                                + "was theirs.|The minister did not respond.|The OGU secretary condemned the eviction.",
                        "condemned the eviction", "Wanjiru Kabogo-Meli"),
                Arguments.of("the judge, for the justice last named with that title",
                        "Justice Harpreet Sandhu-Mallick quashed the licence.|The judge also rejected the company's claim "
                                + "that the villagers had consented.", "rejected the company's claim", "Harpreet Sandhu-Mallick"),
                Arguments.of("a bare role no one was introduced in, for the person who has just spoken",
                        "The lead author, Byeon Ji-ho, was suspended.|\"I made a mistake,\" Byeon said. The researcher also "
                                + "argued that the panel had refused to rerun the tests.", "the panel had refused", "Byeon Ji-ho"),
                Arguments.of("a role with a complement before the comma of the name it introduces",
                        "Orsa's ambassador to Vellmark, Ilse Brandvold-Aas, attended the talks.|Officials met for a second day.|"
                                + "The ambassador, for her part, welcomed the offer.", "welcomed the offer", "Ilse Brandvold-Aas"),
                Arguments.of("a speaker with a role we have no word for, then its body, in commas",
                        "Tulasi Hembram-Soren, convener of the Orsa Forest Forum, rejected the charge.", "rejected the charge",
                        "Tulasi Hembram-Soren"),
                Arguments.of("an apposed name after an abbreviated title with its period",
                        "Its editor, Prof. Marit Ellingsrud-Vaa, dismissed suggestions that the review had failed.",
                        "dismissed suggestions", "Marit Ellingsrud-Vaa"),
                Arguments.of("a quote after a colon that 'put it' introduces, with no clause of its own",
                        "Committee chair Ilona Wrzesniak-Bory put it more simply on local radio: \"Nobody voted for this.\"",
                        "Nobody voted for this", "Ilona Wrzesniak-Bory"),
                Arguments.of("a long name whose description in commas opens with 'one of' and runs to its verb",
                        "Wahidin bin Osman Kulatu, one of the four councillors who voted against the budget in March, "
                                + "criticised the mayor's plan.", "criticised the mayor's plan", "Wahidin bin Osman Kulatu"),
                Arguments.of("a surname with its lower-case particle as the subject of a clause a colon ends",
                        "Brevald has grown since Anselme de Vaux-Rochereau became its chief executive.|"
                                + "Asked about the price, de Vaux-Rochereau was blunt: \"We will not pay more.\"",
                        "We will not pay more", "Anselme de Vaux-Rochereau"),
                Arguments.of("the second verb of a clause after a semicolon has that clause's subject",
                        "Marta Lindqvist said the family would keep its stake.|Lindqvist's branch holds 30 per cent; her "
                                + "brother Osvald Brenne holds the rest through a trust and welcomed the bid.", "welcomed the bid",
                        "Osvald Brenne"),
                Arguments.of("a role the person took on, named after the name, is the one the role refers back to",
                        "Kestrel Air has doubled in size since Imogen Tarrant-Vale became chief executive in 2019.|"
                                + "Marta Lindqvist said the family would keep its stake.|The chief executive, speaking in Oslo "
                                + "later, dismissed the objections.", "dismissed the objections", "Imogen Tarrant-Vale"),
                Arguments.of("a title with its portfolio after 'for' before a name, and the title alone later",
                        "Minister for Housing Deirbhile Ní Chatháin said the scheme would reopen.|Builders met on Monday.|"
                                + "The Minister for Housing said the deadline would stand.", "the deadline would stand",
                        "Deirbhile Ní Chatháin"),
                Arguments.of("a title whose portfolio is joined by 'and' before a family-name-first name",
                        "Minister of Land and Transport Pyo Ha-neul said the ministry would appeal.|The minister rejected the "
                                + "claim that the rule had been abused.", "rejected the claim", "Pyo Ha-neul"),
                Arguments.of("a councillor, by title, then by role",
                        "Councillor Órla Mac Craith criticised both sides.|The councillor said the town would lose its grant.",
                        "the town would lose its grant", "Órla Mac Craith"),
                Arguments.of("a named judge with unnamed colleagues speaks for them",
                        "In a dissent, Justice Tomasz Wielgos and two colleagues warned that the ruling would paralyse the ports.",
                        "the ruling would paralyse the ports", "Tomasz Wielgos"),
                Arguments.of("a verb of saying joined by 'and' after a dashed aside that follows a partial quote",
                        "Ferdia Ua Cearbhaill vowed to take the case \"all the way to the tribunal\" — the sport's last court — "
                                + "and said he expected to coach again in May.", "he expected to coach again", "Ferdia Ua Cearbhaill"),
                Arguments.of("a participle's aside between a letter's addressee and its clause",
                        "Club secretary Odhrán Mac Fhlannchadha met the board.|He wrote in a letter to the league's board, "
                                + "obtained by this newspaper, that the cut would close the club.", "the cut would close the club",
                        "Odhrán Mac Fhlannchadha"),
                Arguments.of("a pronoun inside a clause of the sentence its person opens by role",
                        "The minister, Zuzana Hrabovská-Lipová, was abroad.|Marta Kociánová said the bill was a disgrace.|"
                                + "Late on Friday the minister posted a video in which she said the bill would pass.",
                        "the bill would pass", "Zuzana Hrabovská-Lipová"),
                Arguments.of("a lead that names a role of a body first and the person in the next paragraph",
                        "DODOMA - The Chairman of Tanzania's Electoral Commission on Monday said the vote would go ahead.|"
                                + "Chairman Baraka Mwakyembe-Salum told reporters that the ballots had been printed.",
                        "the vote would go ahead", "Baraka Mwakyembe-Salum"),
                Arguments.of("a title, the place it serves, then a full name",
                        "Advocate General Sindh Zahid Hussain Soomro, appearing for the province, rejected the argument.",
                        "rejected the argument", "Zahid Hussain Soomro"),
                Arguments.of("specialists, unnamed, in the present",
                        "Shipping specialists say cases of this kind are usually settled before a hearing.",
                        "cases of this kind are usually settled", null),
                Arguments.of("unnamed others as the subject of a verb of saying in the present",
                        "Some growers have widened the margins, but others say a wider strip would cost them a harvest.",
                        "a wider strip would cost them a harvest", null),
                Arguments.of("a spokesperson for a body, described in a relative clause, speaks for it",
                        "The Harbour Sailing Board sets the calendar.|"
                                + "A spokesperson for the Harbour Sailing Board, which runs the regatta, said the race would start late.",
                        "the race would start late", "Harbour Sailing Board"),
                Arguments.of("a spokeswoman for a person named before speaks for that person",
                        "The mayor, Irmgard Pohlmann-Reiss, was not in court.|"
                                + "A spokeswoman for Pohlmann-Reiss said the mayor would study the judgment.",
                        "the mayor would study the judgment", "Irmgard Pohlmann-Reiss"),
                Arguments.of("someone described by a clause that gives their name",
                        "On the quay, a fisherman who gave his name only as Abu Sami said the catch had halved.",
                        "the catch had halved", "Abu Sami"),
                Arguments.of("someone described by an aside that gives their name",
                        "A nurse, identified by the hospital only as Teodora Vlasic, said the ward was full.",
                        "the ward was full", "Teodora Vlasic"),
                Arguments.of("a name an aside gives to someone else is not the speaker's",
                        "Police, who identified the driver as Marek Holub, said he had been drinking.",
                        "he had been drinking", null),
                Arguments.of("a body's spokesperson, the body written before the noun, speaks for it",
                        "The Coastal Rowing League fined the club on Monday.|A Coastal Rowing League spokeswoman said the fine would stand.",
                        "the fine would stand", "Coastal Rowing League"),
                Arguments.of("a body described by a relative clause with that, named in the next paragraph",
                        "The federation that represents the region's 3,000 beekeepers rejected the findings.|"
                                + "The federation, the Aldmoor Beekeepers' Federation, has lobbied for years.",
                        "rejected the findings", "Aldmoor Beekeepers' Federation"),
                Arguments.of("a body described by a relative clause with that and never named is unnamed",
                        "The union that represents the dockers said the sale was illegal.",
                        "the sale was illegal", null),
                Arguments.of("a participle of saying joined by and to a participle of taking a position",
                        "Senator Aldo Ferrante went further, accusing the governor of \"hiding the figures\" and saying the state would not be bullied.",
                        "the state would not be bullied", "Aldo Ferrante"),
                Arguments.of("a lead's agency named later as an office",
                        "LIMA — Peru's national irrigation agency warned on Monday that the canals would run dry.|"
                                + "In its outlook, the Office of National Irrigation Works (ONIW) said the risk was high.",
                        "the canals would run dry", "Office of National Irrigation Works"),
                Arguments.of("a lead's body described by its nationality, named in the next paragraph",
                        "OSLO — A Norwegian fisheries institute has defended a survey which found that cod stocks had halved.|"
                                + "The survey by the Nordkyst Fisheries Institute (NFI) was published in June.",
                        "defended a survey", "Nordkyst Fisheries Institute"),
                Arguments.of("a country's ministry described by one field is no body of another country with that field",
                        "SEOUL — South Korea's health ministry said it would wait for more data.|"
                                + "The vaccine was developed with the Accra Institute of Public Health.",
                        "it would wait for more data", "South Korea's health ministry"),
                Arguments.of("a body described by a relative clause holding a list, named later as the group",
                        "A growers' association that represents farms near Leeds, York and Hull welcomed the ruling.|"
                                + "The group, the Wolds Fruit Growers Association (WFGA), said sales had fallen.",
                        "welcomed the ruling", "Wolds Fruit Growers Association"),
                Arguments.of("a dateline in capitals before a colon is not the subject",
                        "CHENNAI: The Tamil Nadu Kabaddi Federation on Monday suspended two clubs, saying their accounts were late.",
                        "their accounts were late", "Tamil Nadu Kabaddi Federation"),
                Arguments.of("a lead's research body named in the next paragraph as the body",
                        "OSLO — A government-funded research body in Norway has concluded that the fjord is warming fast.|"
                                + "The body, the Fjordvarsel Institute (FVI), advises the government on fisheries.",
                        "the fjord is warming fast", "Fjordvarsel Institute"),
                Arguments.of("a body described by nationality and a relative clause ending in a year",
                        "A Danish foundation that has fought the wind farm since 2019 welcomed the ruling.|"
                                + "The foundation, the Vestkyst Wind Foundation (VWF), said it would now seek costs.",
                        "welcomed the ruling", "Vestkyst Wind Foundation"),
                Arguments.of("a body described by nationality and never named is someone unnamed, not the country",
                        "A Belgian foundation that has fought the pipeline since 2020 hailed the ruling.",
                        "hailed the ruling", null));
    }

    @Test
    void aParticipleOfSayingAfterAndReportsAStatementOnlyWhenNoVerbOfSayingOpensTheClause() {
        Enrichment e = story("Harwell Pumps rejected the offer from the Castellan Group, calling it \"opportunistic\" and saying it undervalued the firm.",
                "The region's premier, Odile Marchetti, went further, criticising what she called a \"fire sale\" and saying the plant had "
                        + "\"given enough\" already.");
        assertThat(texts(e)).doesNotContain("it undervalued the firm").contains("the plant had \"given enough\" already");
        assertThat(speaker(e, "given enough")).isEqualTo("Odile Marchetti");
    }

    @Test
    void theLeadAfterAStandfirstAndAPhotoCaptionNamesItsBodyInTheNextParagraph() {
        Enrichment e = story("By Ana Pereyra", "22 April 2025", "Pesticide levels in the western streams worry growers and scientists alike.",
                "Water samplers on the river near Salto. (Photo: INAV)",
                "Share: Email | Copy link | Print",
                "MONTEVIDEO — A state agricultural research institute says it has found pesticide traces in most streams.",
                "The study by the Instituto Nacional de Aguas y Vertientes (INAV) was published on Monday.");
        assertThat(speaker(e, "pesticide traces")).isEqualTo("Instituto Nacional de Aguas y Vertientes");
    }

    @Test
    void aPositionNotYetTakenIsNoStatementButOneRefusedIs() {
        Enrichment e = story("The Harbour Pilots Union has not publicly opposed the cuts.",
                "The Ferrymen's Guild did not publicly oppose the merger.");
        assertThat(texts(e)).containsExactly("did not publicly oppose the merger");
    }

    @Test
    void aVerbOfSayingInsideARelativeClauseReportsTheClauseItsPronounOpens() {
        Enrichment e = story("The senators walked out of a vote on a press law that critics say would give ministers a veto over editors.");
        assertThat(texts(e)).containsExactly("would give ministers a veto over editors");
        assertThat(speaker(e, "veto")).isNull();
    }

    @Test
    void aSecondSubjectWithAVerbOfSayingAfterACommaAndEndsTheFirstClause() {
        Enrichment e = story("Nairobi has said it wants the airport to handle 40 million passengers by 2030, and it has urged "
                + "foreign carriers to open hubs in the country.");
        assertThat(texts(e)).containsExactlyInAnyOrder("it wants the airport to handle 40 million passengers by 2030",
                "foreign carriers to open hubs in the country");
    }

    @Test
    void theGroundsAfterACommaStayInTheStatementTheyFollow() {
        Enrichment e = story("Kovar Energie rejected the mayor's claim that the town had not been consulted, citing four public "
                + "hearings it held in 2022.", "Dr Lenka Sýkorová pointed to a gap in the monitoring.");
        assertThat(texts(e)).containsExactlyInAnyOrder("rejected the mayor's claim that the town had not been consulted, citing "
                + "four public hearings it held in 2022", "pointed to a gap in the monitoring");
    }

    @Test
    void aPhraseAfterAPartialQuoteThatEndsTheClauseAttributesNothing() {
        Enrichment e = story("Sports Minister Efua Ansah-Bekoe said the state would \"not interfere in the affairs of the league\", "
                + "citing FIFA rules that forbid it.", "Deputy Minister Kojo Manu-Asare said the ministry would \"stay out\", "
                + "under FIFA rules.");
        assertThat(speaker(e, "not interfere")).isEqualTo("Efua Ansah-Bekoe");
        assertThat(speaker(e, "stay out")).isEqualTo("Kojo Manu-Asare");
    }

    @Test
    void backBeforeAPrepositionIsAnAdverbNotAVerbOfBacking() {
        Enrichment e = story("The court struck down a law that let the government order striking rail and port workers back to "
                + "their posts.");
        assertThat(texts(e)).isEmpty();
    }

    @Test
    void anAttributionThatAParticipleOfSayingFollowsEndsTheContentBeforeIt() {
        Enrichment e = story("Prices would rise, the Tarnvik Central Bank said, adding that wages would follow.");
        assertThat(texts(e)).containsExactlyInAnyOrder("Prices would rise", "wages would follow");
    }

    @Test
    void aQuantityAfterTheVerbALongAddresseeAndAnOpeningConjunctionLeaveTheClauseWhole() {
        Enrichment e = story("A federation official said at least two board members had known of the test.",
                "But the director, Ramon Cabahug, told a radio station in San Isidro de Malayo on Monday that the spill was "
                        + "\u201Cmostly silt, not poison\u201D and that the order had no legal basis.");
        assertThat(texts(e)).containsExactlyInAnyOrder("at least two board members had known of the test",
                "the spill was \u201Cmostly silt, not poison\u201D and that the order had no legal basis");
    }

    @Test
    void addingThatReportsAStatementOfItsOwnWhileNotingThatGivesTheReason() {
        Enrichment e = story("Park Jun-ho said on Monday that the union would not end the strike, adding that members were ready "
                + "to occupy the dock.", "Park Jun-ho said the strike was legal, noting that the courts had agreed.");
        assertThat(texts(e)).containsExactlyInAnyOrder("the union would not end the strike",
                "members were ready to occupy the dock", "the strike was legal, noting that the courts had agreed");
    }

    @Test
    void aReportedClauseGoesOnWithItsVerbAfterARelativeAside() {
        Enrichment e = story("Ombudsman Liisa Aho found that the Tarvo council, which governs three villages, broke the law when it voted.");
        assertThat(statement(e, "Tarvo council").text()).contains("broke the law");
    }

    @Test
    void aReportedClauseGoesOnAfterARelativeAsideWithAnAdverbAndAnIrregularVerb() {
        Enrichment e = story("Minister Ondrej Kral said the law, which took effect in January, merely brought Slovakia into line.");
        assertThat(texts(e)).containsExactly("the law, which took effect in January, merely brought Slovakia into line");
    }

    @Test
    void wordsQuotedInsideAClauseAroundAnAttributionArePartOfIt() {
        Enrichment e = story("The Constitutional Court of Tarvia struck the decree down. The decree, it said, gave ministers powers "
                + "\u201Cwider than the emergency required\u201D.");
        assertThat(speaker(e, "gave ministers")).isEqualTo("Constitutional Court of Tarvia");
        assertThat(statement(e, "gave ministers").text()).endsWith("wider than the emergency required\u201D");
    }

    @Test
    void aPositionOrAnObjectInAnAsideBeforeTheVerbIsNoStatement() {
        Enrichment e = story("Portugal, which has pushed for the accord since 2023, also defended the agreement.",
                "Mira Duarte, the lawyer who argued the case for the fishermen, said the ruling went beyond one port.");
        assertThat(texts(e)).containsExactlyInAnyOrder("defended the agreement", "the ruling went beyond one port");
        assertThat(speaker(e, "went beyond")).isEqualTo("Mira Duarte");
    }

    @Test
    void theDatelineIsNoPartOfAStatementThatOpensTheStory() {
        Enrichment e = story("AIGLE, Switzerland - Rider Jonas Falk has been suspended after a positive test, the Nordic "
                + "Cycling Union said on Monday.");
        assertThat(statement(e, "suspended").text()).startsWith("Rider Jonas Falk");
    }

    @Test
    void aVerbOfSayingAfterADeterminerInTheSubjectIsANoun() {
        Enrichment e = story("An official in the state agriculture department, who asked not to be named, said dealers had "
                + "moved stock across the border.");
        assertThat(texts(e)).containsExactly("dealers had moved stock across the border");
        assertThat(speaker(e, "dealers had moved")).isNull();
    }

    @Test
    void aCountOfAnOrganisationsPeopleIsUnnamed() {
        Enrichment e = story("Pilots at Sorvant Air began a five-day strike on Friday.",
                "Two Sorvant pilots, who asked not to be named because they feared disciplinary action, said that "
                        + "colleagues had flown six night rotations in a row.");
        assertThat(speaker(e, "six night rotations")).isNull();
    }

    @Test
    void anActMadePublicIsNoStatementButWhatIsAnnouncedIs() {
        Enrichment e = story("\u201CWe will not wait any longer,\u201D Agriculture Minister Ravi Dannapuram told the assembly, "
                + "announcing the ban.", "The Kessian Agriculture Ministry announced on Friday it would reimburse farmers.");
        assertThat(texts(e)).containsExactly("We will not wait any longer", "it would reimburse farmers");
    }

    @Test
    void aWriterOfAReportIsNoSpeakerWithoutAClause() {
        Enrichment e = story("Its director, Mara Velden, wrote the group's 2023 report \u201CWho Pays? Tolls, Trust and the "
                + "Northern Bypass\u201D.", "Velden wrote on Monday that the toll was unlawful.");
        assertThat(texts(e)).containsExactly("the toll was unlawful");
        assertThat(e.entities()).extracting(Entity::name).doesNotContain("Tolls", "Trust", "Northern Bypass");
    }

    @Test
    void aPositionInARelativeAsideWithAnAdverbIsNoStatement() {
        Enrichment e = story("The Court of Arbitration for Sport cleared the rider on Monday.",
                "The Nordic Anti-Doping Agency, which can also appeal, declined to comment.");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void anObjectAfterAVerbOfDenialIsNoAdverbialOfAnInvertedAttribution() {
        Enrichment e = story("The committee suspended its president, Kwesi Ampofo-Lind, on Monday.",
                "Ampofo-Lind, 63, denied any wrongdoing and said the committee had acted without a hearing.");
        assertThat(texts(e)).noneMatch(t -> t.contains("63"));
        assertThat(speaker(e, "wrongdoing")).isEqualTo("Kwesi Ampofo-Lind");
    }

    @Test
    void whatANegatedVerbOfSayingLeavesOpenIsNoStatement() {
        Enrichment e = story("The Harbour Authority of Tarvia said it was reviewing the permits. It did not say when the review would end.",
                "Osterlund Shipping has not said whether it will sell the ships, and the minister would not say how many berths were at risk.");
        assertThat(texts(e)).containsExactly("it was reviewing the permits");
    }

    @Test
    void aJudgementWithheldIsNoStatementWhileAPositionNotOpposedIsOne() {
        Enrichment e = story("The farmers' federation did not criticise the tribunal, and the ministry has not endorsed the new quota.",
                "The Tarvia Anglers' Club did not oppose the permit.");
        assertThat(texts(e)).containsExactly("did not oppose the permit");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakers")
    void speakerOf(String construction, String paragraphs, String words, String expected) {
        assertThat(speaker(story(paragraphs.split("\\|")), words)).isEqualTo(expected);
    }

    @Test
    void reportedSpeechWithThatClause() {
        Enrichment e = story("Finance Minister Rafael Ortiz said that the budget deficit would narrow next year.");
        assertThat(statement(e, "budget deficit").kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(statement(e, "budget deficit").text()).isEqualTo("the budget deficit would narrow next year");
        assertThat(statement(e, "budget deficit").cue()).isEqualTo("said");
    }

    @Test
    void toldReportersIsNotPartOfTheContent() {
        Enrichment e = story("Striker Jonas Weber told reporters the team would fight for the title.");
        assertThat(statement(e, "fight for the title").text()).isEqualTo("the team would fight for the title");
        assertThat(speaker(e, "fight for the title")).isEqualTo("Jonas Weber");
    }

    @Test
    void adverbialPhraseBetweenVerbAndClauseIsNotContent() {
        Enrichment e = story("The Kessler Group said in a statement on Monday the merger would close by June.");
        assertThat(statement(e, "merger").text()).isEqualTo("the merger would close by June");
    }

    @Test
    void directQuoteIsNotAlsoReportedSpeech() {
        Enrichment e = story("Mayor Lucia Ferri said, \u201CThe bridge will reopen on Monday.\u201D");
        assertThat(texts(e)).containsExactly("The bridge will reopen on Monday.");
        assertThat(speaker(e, "bridge")).isEqualTo("Lucia Ferri");
    }

    @Test
    void parentheticalAdverbBeforeThatClause() {
        Enrichment e = story("Doctor Ana Ruiz warned, however, that the sample was small.");
        assertThat(statement(e, "sample").text()).isEqualTo("the sample was small");
        assertThat(speaker(e, "sample")).isEqualTo("Ana Ruiz");
    }

    @Test
    void shortObjectOfAVerbOfSayingKeepsTheVerb() {
        Enrichment e = story("The Brenner Group denied all wrongdoing.", "Lawyer Ana Ruiz said the trial failed.");
        assertThat(statement(e, "wrongdoing").text()).isEqualTo("denied all wrongdoing");
        assertThat(statement(e, "trial").text()).isEqualTo("the trial failed");
    }

    @Test
    void partialQuoteEndingAReportedClauseIsReportedSpeech() {
        Enrichment e = story("Margins will remain \u201Cunder pressure\u201D, said finance chief Lena Berg.");
        assertThat(statement(e, "pressure").kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(statement(e, "pressure").text()).isEqualTo("Margins will remain \u201Cunder pressure\u201D");
        assertThat(speaker(e, "pressure")).isEqualTo("Lena Berg");
    }

    @Test
    void anonymityRequestIsNotAStatement() {
        Enrichment e = story("\u201CThe numbers are weak,\u201D one banker said, asking not to be named.");
        assertThat(texts(e)).containsExactly("The numbers are weak");
    }

    @Test
    void positionEndsWhereANewClauseOrAnotherPositionBegins() {
        Enrichment e = story("Austria rejected the plan, and in a letter, the Austrian Transport Ministry said the tunnel would stay shut.",
                "Minister Ana Ruiz criticised the deal at a briefing, accusing Ostmark Bank of hiding losses.");
        assertThat(statement(e, "rejected").text()).isEqualTo("rejected the plan");
        assertThat(statement(e, "criticised").text()).isEqualTo("criticised the deal at a briefing");
        assertThat(statement(e, "accusing").text()).isEqualTo("accusing Ostmark Bank of hiding losses");
        assertThat(speaker(e, "accusing")).isEqualTo("Ana Ruiz");
    }

    @Test
    void listAfterCommaAndStaysInThePosition() {
        Enrichment e = story("Minister Ana Ruiz criticised the Harlow Port Authority, the Baltic Shipping Board, and the Ostmark Bank.");
        assertThat(statement(e, "criticised").text())
                .isEqualTo("criticised the Harlow Port Authority, the Baltic Shipping Board, and the Ostmark Bank");
    }

    @Test
    void claimNounBeforeItsSubjectAndVerb() {
        Enrichment e = story("The Harlow Port Authority fined the operator.",
                "Lawyer Ana Ruiz accused the inspectors of bias, a charge the authority rejected.");
        assertThat(statement(e, "bias").text()).isEqualTo("accused the inspectors of bias");
        assertThat(statement(e, "charge").text()).isEqualTo("a charge the authority rejected");
        assertThat(speaker(e, "charge")).isEqualTo("Harlow Port Authority");
    }

    @Test
    void prepositionalPhraseWithANameAfterTheVerbIsNotContent() {
        Enrichment e = story("Broker Tim Hale, who testified against Ana Ruiz during the trial, was not charged.",
                "Analyst Lea Voss said in Oslo the index would fall.");
        assertThat(texts(e)).containsExactly("the index would fall");
    }

    @Test
    void speechNounWithAuthorAndThatClause() {
        Enrichment e = story("The council approved the dam, ignoring a warning from Ostmark Bank that costs would double.");
        assertThat(statement(e, "costs").text()).isEqualTo("costs would double");
        assertThat(speaker(e, "costs")).isEqualTo("Ostmark Bank");
    }

    @Test
    void tellingVerbWhoseObjectIsTheClauseSubject() {
        Enrichment e = story("Shipping agents warned the strike could delay exports by a month.");
        assertThat(statement(e, "strike could delay").text()).isEqualTo("the strike could delay exports by a month");
    }

    @Test
    void shortAppealKeepsTheVerbPhrase() {
        Enrichment e = story("Riverkeepers Trust said the permit was flawed and urged the council to reconsider.");
        assertThat(texts(e)).containsExactly("the permit was flawed", "urged the council to reconsider");
    }

    @Test
    void positionEndsWhereItWasSaid() {
        Enrichment e = story("Captain Ivo Rask defended the coach in front of the cameras after Sunday's training session.");
        assertThat(texts(e)).containsExactly("defended the coach in front of the cameras");
    }

    @Test
    void positionEndsAtNarrationAfterAndWithAnAuxiliary() {
        Enrichment e = story("Chile has refused to accept the ruling and has kept its ships near the reef.");
        assertThat(texts(e)).containsExactly("refused to accept the ruling");
    }

    @Test
    void clauseEndsWhereAParticipleTakesItsOwnPosition() {
        Enrichment e = story("Premier Ana Ruiz said on Monday that tolls would rise in May, accusing Lakeport of dumping freight.");
        assertThat(texts(e)).containsExactly("tolls would rise in May", "accusing Lakeport of dumping freight");
    }

    @Test
    void aOneWordLabelEndingTheClauseIsALabelNotAScareQuote() {
        Enrichment e = story("The drivers walked out on Monday.",
                "Transport Minister Ivo Rask called the strike \"irresponsible\" and said the city could not pay.",
                "The union called it the \"final\" offer on Tuesday.");
        assertThat(texts(e)).contains("called the strike \"irresponsible\"", "the city could not pay")
                .noneMatch(t -> t.contains("final"));
    }

    @Test
    void aQuestionEndingItsSentenceIsAttributedByTheNext() {
        Enrichment e = story("The coalition is split.",
                "\"How can they run a country?\" Greta Lind, who leads the opposition, told reporters.",
                "\"Who pays for this?\" Piet Aalders asked.");
        assertThat(speaker(e, "run a country")).isEqualTo("Greta Lind");
        assertThat(speaker(e, "Who pays")).isEqualTo("Piet Aalders");
        assertThat(texts(e)).noneMatch(t -> t.contains("who leads"));
    }

    @Test
    void pressingSomeoneToActIsAPositionAndAPressReleaseIsNoVerb() {
        Enrichment e = story("Washington pressed Honduras to sign a transit agreement.",
                "The DOJ press release stated that the deal was final.");
        assertThat(texts(e)).contains("pressed Honduras to sign a transit agreement").noneMatch(t -> t.startsWith("press release"));
    }

    @Test
    void aQuotedTitleIsNoStatement() {
        Enrichment e = story("The court quoted a 2019 report by an expert panel, \u201CFloods, Silt and Failure in the Upper Valley\u201D, "
                + "which the villagers had filed.", "\u201CThe dam must stop,\u201D said Meera Joshi.");
        assertThat(texts(e)).containsExactly("The dam must stop");
    }

    @Test
    void aTitleNamedAsSuchMayEndInAQuestion() {
        Enrichment e = story("In a podcast episode released under the title \"Who Really Picks This Team, and Why?\", "
                + "captain Dilan Perera accused the selectors of bias.");
        assertThat(texts(e)).containsExactly("accused the selectors of bias");
    }

    @Test
    void aQualifiedPortfolioBeforeATitleIsPartOfTheTitle() {
        Enrichment e = story("Federal Environment Minister Jo Kerrigan urged both institutions to act.",
                "She backed the agency's call for the data to be released.");
        assertThat(Articles.names(e)).contains("Jo Kerrigan").doesNotContain("Federal Environment");
        assertThat(speaker(e, "backed the agency")).isEqualTo("Jo Kerrigan");
    }

    @Test
    void thankingAndLodgingAProtestAreStatements() {
        Enrichment e = story("Premier Ana Ruiz thanked Norway and Chile for backing the plan.",
                "Veloria lodged a formal protest with the embassy.");
        assertThat(speaker(e, "thanked Norway")).isEqualTo("Ana Ruiz");
        assertThat(statement(e, "formal protest").text()).isEqualTo("lodged a formal protest with the embassy");
    }

    @Test
    void prepositionalPhraseBeforeAccordingToIsNoContent() {
        Enrichment e = story("Behind closed doors, according to two diplomats, Chancellor Ida Berg argued that the fund was too small.");
        assertThat(texts(e)).containsExactly("the fund was too small");
    }

    @Test
    void namingAnObjectWithAQuotedLabelIsAPosition() {
        Enrichment e = story("Senator Ruth Adeyemi called the tariff \u201Ca tax on every family\u201D.",
                "A start-up called \u201CHarbor Nine\u201D raised money. The mayor called a meeting on Monday.",
                "Engineers have long called the bridge the \u201Cforgotten\u201D crossing.");
        assertThat(texts(e)).containsExactly("called the tariff \u201Ca tax on every family\u201D");
        assertThat(speaker(e, "tax on every family")).isEqualTo("Ruth Adeyemi");
    }

    @Test
    void verbFormBeforeAnOrganisationNounIsACompound() {
        Enrichment e = story("Lisbon appeals court upholds fraud verdict against former banker");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void participleTakesThePersonNamedAfterTheRole() {
        Enrichment e = story("Ontario's health minister, Clara Voss, went further, criticising the hospital budget.");
        assertThat(speaker(e, "hospital budget")).isEqualTo("Clara Voss");
    }

    @Test
    void unnamedSpeakerWhoGaveAName() {
        Enrichment e = story("\u201CThe night shift is gone for good,\u201D said one welder, who gave only his first name, Marco.");
        assertThat(speaker(e, "night shift")).isEqualTo("Marco");
    }

    @Test
    void verbOfSayingOutweighsAccordingToInTheSameSentence() {
        Enrichment e = story("In its ruling, the Tallinn Circuit Court said the contract was void, according to excerpts seen by reporters.");
        assertThat(texts(e)).containsExactly("the contract was void");
        assertThat(speaker(e, "contract was void")).isEqualTo("Tallinn Circuit Court");
    }

    @Test
    void positionEndsBeforeAClauseOfTime() {
        Enrichment e = story("Chile lodged a formal protest after two patrol boats fired on a trawler.");
        assertThat(texts(e)).containsExactly("lodged a formal protest");
    }

    @Test
    void bodyNamedByAnUnknownWordIsNotTheStorysCompany() {
        Enrichment e = story("Workers at Brightwell Energy struck. Brightwell Energy said output fell. Brightwell Energy said talks were over.",
                "In a statement, the Lusatian labour ministry said it was in contact with both sides.");
        assertThat(speaker(e, "in contact with both sides")).isNull();
    }

    @Test
    void narrationAndActionsAreNotStatements() {
        Enrichment e = story("The Treasury froze the accounts of three shipping firms on Monday.",
                "The storm moved north overnight and flooded the coastal road.");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void takingSidesAreStatements() {
        Enrichment e = story("The Harbour Pilots Guild sided with the dockers on Monday.",
                "Senator Ruth Adeyemi backed the new tariff schedule.",
                "The Orlen Farmers Council warned against a rush to judgment.");
        assertThat(speaker(e, "sided with the dockers")).isEqualTo("Harbour Pilots Guild");
        assertThat(speaker(e, "backed the new tariff")).isEqualTo("Ruth Adeyemi");
        assertThat(statement(e, "rush to judgment").text()).isEqualTo("warned against a rush to judgment");
    }

    @Test
    void negatedPositionKeepsItsNegation() {
        Enrichment e = story("Finland did not back the proposal when ministers met in May.");
        assertThat(texts(e)).containsExactly("did not back the proposal");
    }

    @Test
    void positionEndsBeforeTheOccasion() {
        Enrichment e = story("Mayor Ida Berg defended the budget at a press conference in Turku on Friday, days before the vote.");
        assertThat(texts(e)).containsExactly("defended the budget at a press conference");
    }

    @Test
    void positionVerbWithItsObjectBeforeItIsNoStatement() {
        Enrichment e = story("The board replaced chief executive Tom Hale, whom it had praised in its annual report.");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void aRoleOwnedByAnEmployerIsAnAside() {
        Enrichment e = story("Marta Quell, Oskaro's director of public affairs, told a briefing for investors in Oslo that prices would hold.");
        assertThat(speaker(e, "prices would hold")).isEqualTo("Marta Quell");
    }

    @Test
    void membersOfAnOrganisationSpeakForIt() {
        Enrichment e = story("Volunteers at the Coastal Rescue Alliance said the beach was unsafe.");
        assertThat(speaker(e, "beach was unsafe")).isEqualTo("Coastal Rescue Alliance");
    }

    @Test
    void aSecondSpeakerAfterCommaAndEndsTheFirstClause() {
        Enrichment e = story("The Estonian Rail Board said on Monday that fares would rise in May, and Transport Minister Kalle Tamm "
                + "said he would review the timetable.");
        assertThat(texts(e)).containsExactly("fares would rise in May", "he would review the timetable");
        assertThat(speaker(e, "review the timetable")).isEqualTo("Kalle Tamm");
    }

    @Test
    void anOrganisationAPersonLeadsSpeaksForItself() {
        Enrichment e = story("Senator Ruth Adeyemi lost the vote. Adeyemi's Harbour Alliance Party rejected the result.");
        assertThat(speaker(e, "rejected the result")).isEqualTo("Harbour Alliance Party");
    }

    @Test
    void aPhraseOfTimeBetweenAuxiliaryAndVerbKeepsTheSubject() {
        Enrichment e = story("Norway has for a decade pushed for a ban on deep-sea mining.");
        assertThat(speaker(e, "ban on deep-sea mining")).isEqualTo("Norway");
    }

    @Test
    void aDescribedBodyIsTheOneJustHeardInTheParagraph() {
        Enrichment e = story("Brightwell Energy said output fell. Brightwell Energy said talks were over.",
                "The Lakeland Growers Council, known as LGC, warned against new levies. In a statement, the farmers' "
                        + "organisation said costs had doubled.");
        assertThat(speaker(e, "warned against new levies")).isEqualTo("Lakeland Growers Council");
        assertThat(speaker(e, "costs had doubled")).isEqualTo("Lakeland Growers Council");
    }

    @Test
    void aParticipleAfterWhileIsAPositionOfItsOwn() {
        Enrichment e = story("The Nordic Fiscal Council said on Friday that the budget was sound, while urging ministers to cut subsidies.");
        assertThat(texts(e)).containsExactly("the budget was sound", "urging ministers to cut subsidies");
        assertThat(speaker(e, "urging ministers")).isEqualTo("Nordic Fiscal Council");
    }

    @Test
    void aBodyDescribedByItsSeatIsTheOneJustHeard() {
        Enrichment e = story("The Nordic Maritime Agency inspected the ferry.",
                "The Baltic Safety Authority said it would study the report. In a letter, the Riga-based agency said "
                        + "the hull had been repaired.");
        assertThat(speaker(e, "hull had been repaired")).isEqualTo("Baltic Safety Authority");
    }

    @Test
    void aPronounSubjectAfterThoughStartsAStatementOfItsOwn() {
        Enrichment e = story("The Nordic Fiscal Council said the plan was sound, though it warned that debt was rising.");
        assertThat(texts(e)).containsExactly("the plan was sound", "debt was rising");
    }

    @Test
    void aDayBetweenAnApposedSubjectAndItsVerbKeepsTheSubject() {
        Enrichment e = story("The chairman of Harbour Rovers, Tomasz Wielgosz, on Friday accused the league of bias.");
        assertThat(speaker(e, "accused the league of bias")).isEqualTo("Tomasz Wielgosz");
    }

    @Test
    void anUrgeWithABareObjectIsAPosition() {
        Enrichment e = story("Norway, which trades with both sides, urged restraint.");
        assertThat(texts(e)).containsExactly("urged restraint");
        assertThat(speaker(e, "urged restraint")).isEqualTo("Norway");
    }

    @Test
    void aQuotedLabelAfterAPossessiveObjectIsAPosition() {
        Enrichment e = story("Senator Ines Kalnina called the mayor's plan \u201Ca reckless gamble with public money\u201D.");
        assertThat(speaker(e, "reckless gamble")).isEqualTo("Ines Kalnina");
        assertThat(statement(e, "reckless gamble").text()).startsWith("called the mayor");
    }

    @Test
    void aPossessedDescriptionInCommasIsAnAside() {
        Enrichment e = story("The Kestrel Grid Authority, Estonia's largest power company, said in a statement that prices would "
                + "fall. The authority also cautioned against \u201Chasty\u201D reforms of the market.");
        assertThat(speaker(e, "prices would fall")).isEqualTo("Kestrel Grid Authority");
        assertThat(statement(e, "hasty").text()).startsWith("cautioned against");
    }

    @Test
    void aRoleInCommasAfterANameIsWhatTheRoleLaterMeans() {
        Enrichment e = story("Lena Varga, a spokeswoman for the Danube Shipping Union, said the strike would go on.",
                "\u201CWe will not back down,\u201D the spokeswoman said.");
        assertThat(speaker(e, "not back down")).isEqualTo("Lena Varga");
    }

    @Test
    void followingAfterAFormOfBeIsAVerbNotAPreposition() {
        Enrichment e = story("The Alpine Ski Federation said on Monday it was \u201Cfollowing the matter closely\u201D.");
        assertThat(speaker(e, "following the matter closely")).isEqualTo("Alpine Ski Federation");
    }

    @Test
    void aBodyNamedInItsOwnLanguageIsWhatTheEnglishNounMeans() {
        Enrichment e = story("Andes Copper said output fell. Andes Copper said talks were over.",
                "The Sindicato Nacional de Mineros called a strike. In a statement, the union said the strike would go on.");
        assertThat(speaker(e, "strike would go on")).isEqualTo("Sindicato Nacional de Mineros");
    }

    @Test
    void aRoleBeforeANameInCommasIsWhatTheRoleLaterMeans() {
        Enrichment e = story("Kessia's health minister, Amara Boateng, said the price was too high.",
                "The minister said the talks had failed.",
                "The city's mayor, Ellen Dobbs, backed the fans. \u201CThe club is ours,\u201D the Mayor of Dunmore said.");
        assertThat(speaker(e, "talks had failed")).isEqualTo("Amara Boateng");
        assertThat(speaker(e, "club is ours")).isEqualTo("Ellen Dobbs");
    }

    @Test
    void aRelativeClauseAfterAccordingToDescribesTheSource() {
        Enrichment e = story("According to the Kessian Ministry of Health, which is coordinating the case, a year of treatment "
                + "costs more than $36,000.");
        assertThat(texts(e)).containsExactly("a year of treatment costs more than $36,000");
    }

    @Test
    void theGroupIsTheAssociationThatHasJustSpoken() {
        Enrichment e = story("Korvane Pharmaceuticals said it would fight the case. Korvane Pharmaceuticals said prices were fair.",
                "The Association of Pharmaceutical Exporters sided with the company. In a statement, the group said "
                        + "lawsuits would deter investment.");
        assertThat(speaker(e, "lawsuits would deter")).isEqualTo("Association of Pharmaceutical Exporters");
    }

    @Test
    void anIndefiniteMemberOfABodyIsSomeoneUnnamed() {
        Enrichment e = story("The Electoral Board of Kessia said the count was clean.",
                "An Electoral Board commissioner, who asked not to be named, said the board would review 80 precincts. "
                        + "\u201CWe are not saying the system is perfect,\u201D the commissioner said.");
        assertThat(speaker(e, "review 80 precincts")).isNull();
        assertThat(speaker(e, "system is perfect")).isNull();
    }

    @Test
    void aTitledNameInCommasAfterARoleSpeaks() {
        Enrichment e = story("The National Health Agency rejected the drug. \u201CWe understand the urgency,\u201D the agency\u2019s "
                + "director-president, Dr. Renata Lopes, told reporters.");
        assertThat(speaker(e, "understand the urgency")).isEqualTo("Renata Lopes");
    }

    @Test
    void theJudgesSpeakForTheirCourt() {
        Enrichment e = story("The Court of Appeal of Kessia upheld the fine. The judges rejected Lumio's argument that users had a choice.");
        assertThat(speaker(e, "rejected Lumio")).isEqualTo("Court of Appeal of Kessia");
    }

    @Test
    void aSecondSpeakerAfterWhileWithAnAsideEndsTheFirstClause() {
        Enrichment e = story("Greenwatch Kessia called it \u201Ca signal that impunity is ending\u201D, while the Climate Forum, a network "
                + "of civil-society groups, urged the government to extend the freeze to the slaughterhouses.");
        assertThat(statement(e, "impunity is ending").text()).doesNotContain("Climate Forum");
        assertThat(speaker(e, "extend the freeze")).isEqualTo("Climate Forum");
    }

    @Test
    void aProgressiveAfterAndIsASecondPosition() {
        Enrichment e = story("Corvina Capital argues that the offshore unit is dragging down the valuation and is calling on "
                + "shareholders to replace three directors.");
        assertThat(statement(e, "offshore unit").text()).doesNotContain("shareholders");
        assertThat(speaker(e, "replace three directors")).isEqualTo("Corvina Capital");
    }

    @Test
    void aNounWrittenBesideABodyIsThatBodyEvenAfterAnotherSpoke() {
        Enrichment e = story("Ventura Air said it would cut flights unless the airport operator Aeroporti Adriatici cut its fees.",
                "Ventura Air says security lanes are too slow; the operator says the carrier squeezes too many flights into the peak.");
        assertThat(speaker(e, "squeezes too many flights")).isEqualTo("Aeroporti Adriatici");
    }

    @Test
    void aRelativeClauseOfSayingEndsAtItsComma() {
        Enrichment e = story("The passengers' association Viaggiatori del Sud, which says it has received 600 complaints since June, "
                + "criticised both companies.");
        assertThat(texts(e)).containsExactly("it has received 600 complaints since June", "criticised both companies");
    }
}
