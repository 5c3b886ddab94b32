package io.newswire.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayoutTest {

    @Test
    void headlineIsTheFirstRealLineAndFurnitureIsBoilerplate() {
        String raw = String.join("\n",
                "Markets · Asia · Corporate governance",
                "",
                "Business",
                "",
                "Harbour Expansion Approved After Long Dispute",
                "",
                "By Clara Jansen",
                "",
                "City Desk | 4 min read",
                "",
                "The council approved the expansion on Tuesday after two years of hearings.",
                "",
                "Ten Stocks Every Retiree Should Own Right Now",
                "",
                "Work will begin in the spring, officials said.",
                "",
                "Share this:",
                "Follow Clara Jansen on Twitter and Instagram.",
                "Source link",
                "Related Posts",
                "1 of 42",
                "3",
                "5f2b9c1e-0a7d-4e11-9d3c-aa41b2c3d4e5",
                "Dock workers at the harbour. (AP Photo/Lena Holt)",
                "Leave a Reply");
        Layout layout = Layout.of(raw);
        assertThat(layout.title.text()).isEqualTo("Harbour Expansion Approved After Long Dispute");
        assertThat(layout.boilerplate).containsExactly("Markets · Asia · Corporate governance", "Business", "By Clara Jansen", "City Desk | 4 min read",
                "Ten Stocks Every Retiree Should Own Right Now", "Share this:",
                "Follow Clara Jansen on Twitter and Instagram.", "Source link", "Related Posts", "1 of 42", "3",
                "5f2b9c1e-0a7d-4e11-9d3c-aa41b2c3d4e5", "Dock workers at the harbour. (AP Photo/Lena Holt)",
                "Leave a Reply");
        assertThat(layout.paragraphs).extracting(Layout.Line::text).containsExactly(
                "The council approved the expansion on Tuesday after two years of hearings.",
                "Work will begin in the spring, officials said.");
    }

    @Test
    void aCaptionCreditedToWhoeverSuppliedThePhotoIsFurniture() {
        Layout layout = Layout.of("Reef survey finds record bleaching\n\nDivers over a bleached reef in March. (Supplied: Reef Trust)\n\n"
                + "The survey covered 90 reefs, its authors said.\n");
        assertThat(layout.boilerplate).containsExactly("Divers over a bleached reef in March. (Supplied: Reef Trust)");
    }

    @Test
    void aThreeWordSectionLabelAboveAHeadlineAsLongAsASentenceIsNoHeadline() {
        Layout layout = Layout.of("Health & Science\n\nRegional hospital board's staffing plan rejected by nurses and two county councils\n\n"
                + "The board said on Monday that it would go ahead with the plan regardless.\n");
        assertThat(layout.title.text()).isEqualTo("Regional hospital board's staffing plan rejected by nurses and two county councils");
        assertThat(layout.boilerplate).containsExactly("Health & Science");
    }

    @Test
    void aBylineWithItsDeskAndASentenceCaseTeaserAfterALabelAreFurniture() {
        Layout layout = Layout.of("Harbour Expansion Approved After Long Dispute\n\nMarta Oyelaran | Business desk\n\n"
                + "The council approved the expansion on Tuesday.\n\nRelated: Ghana's parliament approves new port levy\n\n"
                + "Work will begin in the spring, officials said.\n");
        assertThat(layout.boilerplate).containsExactly("Marta Oyelaran | Business desk",
                "Related: Ghana's parliament approves new port levy");
        assertThat(layout.paragraphs).hasSize(2);
    }

    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("an update stamp with a time zone before the reading time",
                        List.of("Updated March 3, 2026 at 11:02 p.m. CET · 4 min read")),
                Arguments.of("a teaser after a label with a colon, however long, and a byline with its bureau",
                        List.of("READ ALSO: Tarnvik’s budget gap set to widen for a third year in a row, the fiscal council warns",
                                "Aino Vesterholm, Helsinki bureau")),
                Arguments.of("a byline with a time stamp, and a time stamp alone",
                        List.of("Marta Oyelaran Quiroga | 11 min ago", "3 hours ago")),
                Arguments.of("a copy-link widget, a list label that names its section and the headlines under it",
                        List.of("\uD83D\uDD17 Copy link   \u2709 Email   Post", "Most read in Politics",
                                "1. Budget talks resume after summer break", "2. Metro line delayed again")),
                Arguments.of("captions closed by their credit",
                        List.of("Cranes stand idle at the old quay in Tarvisk on Monday. Photo: Odalric Venhuis / Portpress",
                                "A ferry leaves the harbour. Credit: File")));
    }

    /** Mechanism, and the lines of furniture set between two paragraphs of story. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("furniture")
    void furnitureBetweenParagraphs(String mechanism, List<String> lines) {
        Layout layout = Layout.of("Harbour Expansion Approved After Long Dispute\n\nThe council approved the expansion on Tuesday.\n\n"
                + String.join("\n\n", lines) + "\n\nWork will begin in the spring, officials said. Photographers were not "
                + "allowed in.\n");
        assertThat(layout.boilerplate).containsExactlyElementsOf(lines);
        assertThat(layout.paragraphs).hasSize(2);
    }

    @Test
    void theHeadlinesListedUnderARelatedLabelAreFurniture() {
        Layout layout = Layout.of("Harbour Expansion Approved After Long Dispute\n\n"
                + "The council approved the expansion on Tuesday.\n\nRelated news\n\n"
                + "Second-division leaders held to goalless draw in Tarvisk\n\nFerry operator warns of winter cuts\n\n"
                + "Work will begin in the spring, officials said.\n\nA second phase could follow in 2030\n");
        assertThat(layout.boilerplate).containsExactly("Related news",
                "Second-division leaders held to goalless draw in Tarvisk", "Ferry operator warns of winter cuts");
        assertThat(layout.paragraphs).extracting(Layout.Line::text).containsExactly(
                "The council approved the expansion on Tuesday.", "Work will begin in the spring, officials said.",
                "A second phase could follow in 2030");
    }

    @Test
    void aLineOpenedBySymbolsAndClosedByAParenthesisIsReadWithoutFailing() {
        Layout layout = Layout.of("Harbour Expansion Approved After Long Dispute\n\n"
                + "The council approved the expansion on Tuesday.\n\n\u2709\uFE0F Write to the desk (7)\n\n"
                + "Work will begin in the spring, officials said.\n");
        assertThat(layout.paragraphs).extracting(Layout.Line::text).contains(
                "The council approved the expansion on Tuesday.", "Work will begin in the spring, officials said.");
    }

    @Test
    void sectionPathWithSlashesBeforeTheHeadline() {
        Layout layout = Layout.of("SPORT / FOOTBALL / WORLD CUP QUALIFYING\n\nCoach Sacked After Home Defeat To Minnows\n\n"
                + "The federation sacked its coach on Sunday.\n");
        assertThat(layout.boilerplate).containsExactly("SPORT / FOOTBALL / WORLD CUP QUALIFYING");
        assertThat(layout.title.text()).isEqualTo("Coach Sacked After Home Defeat To Minnows");
    }

    @Test
    void gluedCategoryTagsBeforeTheHeadline() {
        Layout layout = Layout.of("EconomyMarketsTradeWorld\n\nCentral Bank Holds Rates Steady Again\n\nThe bank held rates.");
        assertThat(layout.boilerplate).containsExactly("EconomyMarketsTradeWorld");
        assertThat(layout.title.text()).isEqualTo("Central Bank Holds Rates Steady Again");
    }

    @Test
    void hardWrappedLinesJoinTheirParagraph() {
        String raw = "Port Strike Enters Second Week\n\nDock workers in the northern port extended their\n"
                + "strike on Monday, the union said.\nTalks resume on Friday.\n";
        Layout layout = Layout.of(raw);
        assertThat(layout.paragraphs).extracting(Layout.Line::text).containsExactly(
                "Dock workers in the northern port extended their\nstrike on Monday, the union said.",
                "Talks resume on Friday.");
    }

    @Test
    void threeWordHeadlineBeforeAParagraph() {
        Layout layout = Layout.of("Markets\n\nStocks Rally Again\n\nShares rose for a third day on Friday as investors "
                + "bet that the central bank would cut rates.\n");
        assertThat(layout.title.text()).isEqualTo("Stocks Rally Again");
        assertThat(layout.boilerplate).containsExactly("Markets");
    }

    @Test
    void shareButtonsAreFurniture() {
        Layout layout = Layout.of("Dockers Vote To Strike\n\nDock workers voted to strike on Monday, the union said.\n\n"
                + "Click to share on Facebook (Opens in new window)\n\nClick to email a link to a friend (Opens in new window)\n");
        assertThat(layout.boilerplate).containsExactly("Click to share on Facebook (Opens in new window)",
                "Click to email a link to a friend (Opens in new window)");
    }

    @Test
    void aLongTeaserAfterReadMoreAndASubscribeLineAreFurniture() {
        Layout layout = Layout.of("Dockers Vote To Strike\n\nDock workers voted to strike on Monday, the union said.\n\n"
                + "Read more: Freight rates climb for a fifth week as port delays spread across northern Europe and Asia\n\n"
                + "Subscribe to our Europe briefing\n\nTalks resume on Friday.\n\n"
                + "Dockers march in Rotterdam. (Port Workers Union via AP)\n");
        assertThat(layout.boilerplate).containsExactly(
                "Read more: Freight rates climb for a fifth week as port delays spread across northern Europe and Asia",
                "Subscribe to our Europe briefing", "Dockers march in Rotterdam. (Port Workers Union via AP)");
    }

    @Test
    void aBreadcrumbTrailIsNoHeadline() {
        Layout layout = Layout.of("News \u00BB Business \u00BB Energy\n\nDockers vote to strike at three northern ports\n\n"
                + "Dock workers voted to strike on Monday, the union said, after talks over pay broke down.\n");
        assertThat(layout.title.text()).isEqualTo("Dockers vote to strike at three northern ports");
        assertThat(layout.boilerplate).containsExactly("News \u00BB Business \u00BB Energy");
    }

    @Test
    void newsletterSignUpsAndCopyrightNoticesOfAnyLengthAreFurniture() {
        Layout layout = Layout.of("Dockers Vote To Strike\n\nDock workers voted to strike on Monday, the union said.\n\n"
                + "The union's newsletter said members had voted by a wide margin.\n\n"
                + "Get the Harbour Briefing in your inbox every morning. Sign up here\n\n"
                + "Sign up for The Quayside, our free weekly newsletter on shipping, ports and the people who work in them\n\n"
                + "Copyright (c) Harbour Daily. All rights reserved. Unauthorized reproduction and redistribution prohibited.\n");
        assertThat(layout.boilerplate).containsExactly("Get the Harbour Briefing in your inbox every morning. Sign up here",
                "Sign up for The Quayside, our free weekly newsletter on shipping, ports and the people who work in them",
                "Copyright (c) Harbour Daily. All rights reserved. Unauthorized reproduction and redistribution prohibited.");
    }
}
