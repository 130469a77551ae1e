package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Annotations;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.DateValue;
import org.peacetalks.annotate.Proposition;
import org.peacetalks.annotate.SourceGroup;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleMetadata;

/**
 * Attribution, hedges, denials, titles, source groups, positions, figures and
 * dates on sentences written for the test (none is from the seed articles).
 * The CoreNLP pipeline loads once for the class.
 */
class ReportedSpeechTest {
    static final String ID = ExtractorTest.ID;
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ExtractorTest.reference(), ExtractorTest.IDS);
    }

    static Annotations run(String text, String published) {
        ArticleMetadata m = published == null ? ArticleMetadata.UNKNOWN
            : new ArticleMetadata(null, null, null, List.of(), DateValue.parse(published), null, null, List.of());
        return extractor.annotate(new Article("t", "t.txt", text, m));
    }

    static String rel(String iri) { return iri == null ? "-" : iri.startsWith(ID) ? iri.substring(ID.length()) : iri; }

    /** source | via | rule | certainty | polarity | proposition | evidence */
    static List<String> rows(String text, String published) {
        List<String> out = new ArrayList<>();
        for (Claim c : run(text, published).claims()) {
            String src = c.source().contains("/id/source/") ? "group" : c.source().contains("/id/article/") ? "article" : rel(c.source());
            out.add(src + " | " + c.via().stream().map(ReportedSpeechTest::rel).collect(Collectors.joining(",")) + " | "
                + c.method().substring(c.method().lastIndexOf('/') + 1) + " | " + c.certainty() + " | " + c.polarity() + " | "
                + describe(c.proposition()) + " | " + c.evidence().of(text));
        }
        return out;
    }

    static String describe(Proposition p) {
        if (p instanceof Proposition.Position x)
            return "position " + rel(x.holder()) + " " + x.stance() + " " + x.issues().stream().map(ReportedSpeechTest::rel).toList()
                + (x.addressee() == null ? "" : " to " + rel(x.addressee()));
        if (p instanceof Proposition.Figure f)
            return "figure " + rel(f.quantity().measure()) + " " + f.quantity().value() + " [" + f.quantity().min() + "," + f.quantity().max() + "] "
                + f.quantity().unit() + (f.quantity().approximate() ? " approx" : "") + (f.subject() == null ? "" : " of " + rel(f.subject()));
        if (p instanceof Proposition.Statement) return "statement";
        if (p instanceof Proposition.Blame b)
            return "blame " + b.blamed().stream().map(ReportedSpeechTest::rel).toList() + " for " + rel(b.outcome());
        if (p instanceof Proposition.Control k)
            return "control " + rel(k.controller()) + " " + rel(k.territory()) + " " + k.sharePercent() + " " + k.areaKm2()
                + (k.shareRange() == null ? "" : " [" + k.shareRange().min() + "," + k.shareRange().max() + "]");
        return p.getClass().getSimpleName();
    }

    @Test
    void reportingVerbWithHedgeAndPosition() {
        assertEquals(List.of("person/sergei-lavrov |  | report-verb | POSSIBLE | AFFIRMED | position state/russia ACCEPTANCE [issue/ceasefire, issue/territory] "
                + "| Russia may accept a ceasefire along the current front line"),
            rows("Sergei Lavrov said on Monday that Russia may accept a ceasefire along the current front line.\n", null));
    }

    @Test
    void sentenceFinalAttributionToAGroupThroughAnOutlet() {
        String text = "Ukraine will never give up Crimea, three senior Ukrainian officials told Reuters.\n";
        assertEquals(List.of("group | org/reuters | report-inverted | CERTAIN | AFFIRMED | position state/ukraine REDLINE [issue/crimea-status] | Ukraine will never give up Crimea"),
            rows(text, null));
        SourceGroup g = run(text, null).sourceGroups().get(0);
        assertEquals("three senior Ukrainian officials", g.description());
        assertEquals(3, g.count());
        assertEquals(List.of(ID + "state/ukraine"), g.affiliations());
    }

    @Test
    void accordingToAndDenial() {
        assertEquals(List.of("group |  | report-according | CERTAIN | AFFIRMED | statement | Kyiv turned down the proposal"),
            rows("Kyiv turned down the proposal, according to a senior European diplomat.\n", null));
        assertEquals(List.of("person/dmitry-peskov |  | report-verb | CERTAIN | DENIED | statement | the Kremlin had received a new plan from Washington"),
            rows("Dmitry Peskov denied that the Kremlin had received a new plan from Washington.\n", null));
    }

    @Test
    void titleAfterTheNameResolvesToThePerson() {
        assertEquals(List.of("person/volodymyr-zelensky |  | report-verb | CERTAIN | AFFIRMED | position state/ukraine DEMAND "
                + "[issue/negotiation-format, issue/security-guarantees] | Ukraine wants security guarantees before any talks"),
            rows("Volodymyr Zelensky arrived in Washington on Sunday.\nThe Ukrainian leader said that Ukraine wants security guarantees before any talks.\n", null));
    }

    @Test
    void ownVoicePositionAndUnnamedReports() {
        assertEquals(List.of("article |  | position-rejection | CERTAIN | AFFIRMED | position state/ukraine REJECTION [issue/territory] "
                + "| Ukraine rejected any territorial concessions"),
            rows("Ukraine rejected any territorial concessions.\n", null));
        // "reportedly": the article relays unnamed reports, which become the source
        String text = "Russia reportedly demanded that Ukraine renounce NATO membership.\n";
        assertEquals(List.of("group |  | position-demand | PROBABLE | AFFIRMED | position state/russia DEMAND [issue/nato-membership] to state/ukraine "
                + "| Russia reportedly demanded that Ukraine renounce NATO membership"), rows(text, null));
        assertEquals(List.of("reportedly"), run(text, null).sourceGroups().stream().map(SourceGroup::description).toList());
    }

    @Test
    void figuresWithUnitsAndBounds() {
        List<String> got = rows("The plan would leave Ukraine with up to 40,000 troops and about 300 tanks, "
            + "while Russia holds roughly 18% of Ukraine and 650 to 700 square km of the Kherson region.\n", null);
        assertEquals(List.of(
            "article |  | figure-unit | CERTAIN | AFFIRMED | figure measure/troops null [null,40000] COUNT | up to 40,000 troops",
            "article |  | figure-unit | CERTAIN | AFFIRMED | figure measure/tanks 300 [null,null] COUNT approx | about 300 tanks",
            "article |  | control-figure | CERTAIN | AFFIRMED | control state/russia state/ukraine 18 null | roughly 18% of Ukraine",
            "article |  | figure-unit | CERTAIN | AFFIRMED | figure measure/area null [650,700] KM2 of territory/kherson-oblast | 650 to 700 square km of the Kherson region"), got);
    }

    @Test
    void sharesOfTerritoryAndVagueCounts() {
        assertEquals(List.of(
            "article |  | figure-unit | CERTAIN | AFFIRMED | figure measure/territory-share 20 [null,null] PERCENT of state/ukraine | 20% of Ukrainian territory",
            "article |  | figure-unit | CERTAIN | AFFIRMED | figure measure/casualties null [10000,null] COUNT | tens of thousands of soldiers"),
            rows("The occupation covers 20% of Ukrainian territory and has left tens of thousands of soldiers killed.\n", null));
        // a percentage of something other than land is no territorial figure
        assertEquals(List.of(), rows("Inflation rose to 9% of output last year.\n", null));
    }

    @Test
    void territorialControlFromFiguresOfLand() {
        List<String> got = new ArrayList<>();
        for (Claim c : run("Russia now holds about 19% of Ukrainian territory, and some 900 square km of the Kursk region are held by Ukraine.\n", null).claims())
            if (c.proposition() instanceof Proposition.Control k)
                got.add(rel(k.controller()) + " " + rel(k.territory()) + " " + k.sharePercent() + " " + k.areaKm2() + " " + k.qualifier() + " | " + c.evidence().of(
                    "Russia now holds about 19% of Ukrainian territory, and some 900 square km of the Kursk region are held by Ukraine.\n"));
        assertEquals(List.of("state/russia state/ukraine 19 null about | about 19% of Ukrainian territory",
            "state/ukraine territory/kursk-oblast null 900 some | some 900 square km of the Kursk region"), got);
    }

    @Test
    void speechNounsAndQuotedContinuations() {
        assertEquals(List.of("person/vladimir-putin |  | report-noun | CERTAIN | AFFIRMED | position person/vladimir-putin DEMAND [issue/nato-membership] to state/ukraine "
                + "| demand that Ukraine abandon NATO membership"),
            rows("Vladimir Putin repeated his demand that Ukraine abandon NATO membership.\n", null));
        // the parse coordinates the second clause with "reported", but the quotation marks keep it the source's
        List<String> got = new ArrayList<>();
        for (Claim c : run("Reuters reported that a senior Turkish diplomat said that “the corridor can stay shut for months, but Ankara is also ready to host talks.”\n", null).claims())
            got.add((c.source().contains("/id/source/") ? "group" : rel(c.source())) + " | " + c.via().stream().map(ReportedSpeechTest::rel).toList() + " | " + c.quotations());
        assertEquals(List.of("group | [org/reuters] | [the corridor can stay shut for months]",
            "group | [org/reuters] | [Ankara is also ready to host talks]"), got);
        // an all-capitals heading in quotation marks is no one's words
        assertEquals(List.of(), run("Dmitry Peskov spoke on Monday.\n‘PEACE IS NOT NEAR’\n", null).claims());
    }

    @Test
    void appositivesPartitivesAndRelays() {
        List<String> got = new ArrayList<>();
        for (Claim c : run("Some of the European diplomats are afraid that the ceasefire will not hold.\n"
            + "The truce was agreed in haste, according to two Turkish officials, as reported by Reuters.\n", null).claims())
            got.add((c.source().contains("/id/source/") ? "group" : rel(c.source())) + " | " + c.via().stream().map(ReportedSpeechTest::rel).toList()
                + " | " + c.method().substring(c.method().lastIndexOf('/') + 1));
        assertEquals(List.of("group | [] | report-belief", "group | [org/reuters] | report-according"), got);
        assertEquals(List.of("Some of the European diplomats", "two Turkish officials"),
            run("Some of the European diplomats are afraid that the ceasefire will not hold.\n"
                + "The truce was agreed in haste, according to two Turkish officials, as reported by Reuters.\n", null)
                .sourceGroups().stream().map(SourceGroup::description).toList());
    }

    @Test
    void positionsOnNegotiatedThingsAndInstitutions() {
        assertEquals(List.of("article |  | position-negated | CERTAIN | AFFIRMED | position org/kremlin REJECTION [] | The Kremlin is unlikely to accept such terms"),
            rows("The Kremlin is unlikely to accept such terms.\n", null));
        // "it" is the institution last named as a subject
        assertEquals(List.of("article |  | position-offer | CERTAIN | AFFIRMED | position state/turkey OFFER [issue/negotiation-format] | it is ready to host talks"),
            rows("Turkey spoke first. Ankara said nothing new, but it is ready to host talks.\n", null).stream().filter(r -> r.contains("position")).toList());
    }

    @Test
    void listsOfConditionsAreDemands() {
        List<String> got = new ArrayList<>();
        for (Claim c : run("Sergei Lavrov welcomed the talks but set out Moscow's conditions: lifting of sanctions; neutral status for Ukraine; "
            + "recognition of the new borders.\n", null).claims())
            if (c.method().endsWith("position-list")) got.add(rel(c.source()) + " | " + describe(c.proposition()) + " | " + ((Proposition.Position) c.proposition()).content());
        assertEquals(List.of("person/sergei-lavrov | position person/sergei-lavrov DEMAND [issue/sanctions] | lifting of sanctions",
            "person/sergei-lavrov | position person/sergei-lavrov DEMAND [issue/neutrality] | neutral status for Ukraine",
            "person/sergei-lavrov | position person/sergei-lavrov DEMAND [issue/territory] | recognition of the new borders"), got);
    }

    @Test
    void conditionsRedLinesAndOfficialsSpeakingForTheirState() {
        // unnamed officials speak for the one state they belong to; refusing even to discuss is a red line
        assertEquals(List.of("group |  | report-verb | CERTAIN | AFFIRMED | position state/turkey REDLINE [issue/sanctions] "
                + "| the sanctions question is not open to debate"),
            rows("Turkish officials said that the sanctions question is not open to debate.\n", null));
        // "only if": the condition is demanded, of its subject
        assertEquals(List.of("group |  | report-verb | CERTAIN | AFFIRMED | position state/russia DEMAND [issue/negotiation-format, issue/security-guarantees] to state/ukraine "
                + "| a deal will only be signed if Ukraine gives security guarantees"),
            rows("A Russian diplomat said that a deal will only be signed if Ukraine gives security guarantees.\n", null));
    }

    @Test
    void warningsAndJudgementsAreRedLines() {
        assertEquals(List.of("person/sergei-lavrov |  | report-verb | CERTAIN | AFFIRMED | position person/sergei-lavrov REDLINE [issue/nato-membership] to org/nato "
                + "| Russia would respond if NATO sent troops to Ukraine"),
            rows("Sergei Lavrov warned that Russia would respond if NATO sent troops to Ukraine.\n", null));
        assertEquals(List.of("article |  | position-redline | CERTAIN | AFFIRMED | position state/ukraine REDLINE [issue/crimea-status] "
                + "| Ukraine regards any recognition of the annexation of Crimea as unacceptable"),
            rows("Ukraine regards any recognition of the annexation of Crimea as unacceptable.\n", null));
    }

    @Test
    void termsSetOutThenListedAndModifiersThatAreNoReports() {
        List<String> got = new ArrayList<>();
        for (Claim c : run("Sergei Lavrov set out Moscow's conditions for a settlement. Ukraine must renounce NATO membership.\n", null).claims())
            got.add(rel(c.source()) + " | " + c.method().substring(c.method().lastIndexOf('/') + 1) + " | " + describe(c.proposition()));
        assertEquals(List.of("person/sergei-lavrov | position-terms | position person/sergei-lavrov DEMAND [issue/nato-membership] to state/ukraine"), got);
        // "regions claimed by Russia" modifies a noun: Russia reports nothing here
        assertEquals(List.of(), rows("Kyiv wants the return of the regions claimed by Russia in 2022.\n", null).stream()
            .filter(r -> r.startsWith("state/russia")).toList());
    }

    @Test
    void unknownInstitutionsAsSources() {
        Annotations a = run("According to the Institute for the Study of War, Russian forces have captured about 4,000 square km this year.\n", null);
        assertEquals(List.of("candidate/org/institute-for-the-study-of-war Institute for the Study of War"),
            a.candidates().stream().map(c -> rel(c.iri()) + " " + c.label()).toList());
        assertEquals(List.of("candidate/org/institute-for-the-study-of-war | report-according", "candidate/org/institute-for-the-study-of-war | figure-unit"),
            a.claims().stream().map(c -> rel(c.source()) + " | " + c.method().substring(c.method().lastIndexOf('/') + 1)).toList());
    }

    @Test
    void eventsAndDocumentsReferredToByDescription() {
        // the year and the speaker pick the speech; a lower-case label holding a name matches ("talks in Belarus")
        List<String> got = run("Vladimir Putin had warned the West in a speech in Munich in 2007. Years later came the talks in Belarus.\n", null)
            .mentions().stream().filter(m -> m.contains("/document/") || m.contains("/event/")).map(ReportedSpeechTest::rel).toList();
        assertEquals(List.of("event/belarus-talks-2022", "document/munich-speech-2007"), got);
        // without the year nothing is guessed
        assertEquals(List.of(), run("Vladimir Putin had warned the West in a speech in Munich.\n", null)
            .mentions().stream().filter(m -> m.contains("/document/")).toList());
    }

    @Test
    void candidatesForUnknownPeople() {
        Annotations a = run("Olena Kovalenko, a member of the delegation, said that the talks would resume in May.\n", null);
        assertEquals(List.of("candidate/person/olena-kovalenko Olena Kovalenko"),
            a.candidates().stream().map(c -> rel(c.iri()) + " " + c.label()).toList());
        assertEquals(List.of(ID + "candidate/person/olena-kovalenko"), a.claims().stream().map(Claim::source).toList());
    }

    /** date | dateText of the one claim. */
    static String date(String text, String published) {
        Claim c = run(text, published).claims().get(0);
        return (c.date() == null ? "-" : c.date().lexical() + " " + c.date().datatype().getURI().replaceAll(".*#", "")) + " | " + c.dateText();
    }

    @Test
    void datesResolveAgainstThePublicationDateOnly() {
        String text = "Andriy Yermak said on March 3 that Ukraine wants security guarantees.\n";
        assertEquals("2025-03-03 date | March 3", date(text, "2025-03-10"));
        assertEquals("--03-03 gMonthDay | March 3", date(text, null));
        // SUTime reads the past tense and takes the March before publication
        assertEquals("2024-03-03 date | March 3", date(text, "2025-01-10"));
        // a year-less date SUTime places after publication keeps its year open: the text does not say which
        assertEquals("--03-03 gMonthDay | March 3", date("Andriy Yermak will say on March 3 that Ukraine wants security guarantees.\n", "2025-01-10"));
        String relative = "Andriy Yermak said last year that Ukraine wants security guarantees.\n";
        assertEquals("2024 gYear | last year", date(relative, "2025-03-10"));
        assertEquals("- | last year", date(relative, null));
    }

    @Test
    void outletsRelayTheirSources() {
        assertEquals(List.of("group | org/reuters | report-verb | CERTAIN | AFFIRMED | statement | the grain corridor would reopen next week"),
            rows("Reuters reported that a senior Turkish diplomat said the grain corridor would reopen next week.\n", null));
        assertEquals(List.of("group | org/reuters | report-citing | CERTAIN | AFFIRMED | statement | Kyiv is preparing a new round of talks"),
            rows("Kyiv is preparing a new round of talks, Reuters reported on Friday, citing two people familiar with the plans.\n", null));
    }

    @Test
    void quotationsContinueTheirSpeakerAndNameJointSpeakers() {
        List<String> got = new ArrayList<>();
        for (Claim c : run("Davyd Arakhamia told reporters that the talks would go on.\n“Nobody is leaving the table.”\n"
            + "Sergei Lavrov of Russia and Recep Tayyip Erdogan of Turkey wrote that “the corridor must stay open.”\n", null).claims())
            if (c.directQuote()) got.add(rel(c.source()) + " | " + c.method().substring(c.method().lastIndexOf('/') + 1) + " | " + c.quotations());
        assertEquals(List.of("person/davyd-arakhamia | quote-continued | [Nobody is leaving the table.]",
            "person/recep-tayyip-erdogan | quote-before-distant | [the corridor must stay open.]",
            "person/sergei-lavrov | quote-before-distant | [the corridor must stay open.]"), got);
    }

    @Test
    void relativePronounsAndObjectClaims() {
        assertEquals(List.of("person/dmitry-peskov |  | report-object | CERTAIN | AFFIRMED | statement | described the strike as a provocation"),
            rows("The strike was condemned by Dmitry Peskov, who described the strike as a provocation.\n", null));
    }

    @Test
    void refusalsRedLinesAndQuantities() {
        assertEquals(List.of("article |  | position-negated | CERTAIN | AFFIRMED | position state/ukraine REDLINE [issue/territory] | Ukraine will never accept any territorial concessions"),
            rows("Ukraine will never accept any territorial concessions.\n", null));
        assertEquals(List.of("article |  | position-negated | CERTAIN | AFFIRMED | position org/kremlin REJECTION [issue/ceasefire] | The Kremlin is unlikely to accept a ceasefire"),
            rows("The Kremlin is unlikely to accept a ceasefire.\n", null));
        List<Claim> cs = run("Russia demanded that Ukraine limit the size of its army to 85,000 troops.\n", null).claims();
        assertEquals(1, cs.size());
        Proposition.Position p = (Proposition.Position) cs.get(0).proposition();
        assertEquals(ID + "measure/troops 85000 COUNT", p.quantity().measure() + " " + p.quantity().value() + " " + p.quantity().unit());
    }

    @Test
    void placesThatActAreTheirState() {
        Annotations a = run("Moscow rejected the proposal for a ceasefire. The talks were held in Minsk.\n", null);
        assertEquals(List.of(ID + "state/russia", ID + "territory/minsk"), a.mentions());
    }

    static List<String> blameRows(String text) {
        return rows(text, "2024-05-01").stream().filter(r -> r.contains("| blame [")).map(r -> r.substring(0, r.lastIndexOf(" | "))).toList();
    }

    @Test
    void blameDenialsContrastsAndSourcesAboveTheWordsOfBlame() {
        // a participle after the comma is the main clause's: "calling them Kremlin propaganda" is Johnson's, not the Kremlin's
        // and rejecting claims is a denial of what was said, no position on anything: the blame is the sentence's only claim
        assertEquals(List.of("person/boris-johnson |  | blame-verb | CERTAIN | DENIED | blame [person/boris-johnson] for event/istanbul-talks-collapse"),
            rows("Boris Johnson has rejected claims that he scuppered a peace agreement in Istanbul in 2022, calling them Kremlin propaganda.", null)
                .stream().map(r -> r.substring(0, r.lastIndexOf(" | "))).toList());
        // the party set against the one blamed is cleared
        assertEquals(List.of(
                "org/ukrainian-delegation-2022 |  | blame-verb | CERTAIN | AFFIRMED | blame [event/bucha-massacre] for event/istanbul-talks-collapse",
                "org/ukrainian-delegation-2022 |  | blame-verb | CERTAIN | DENIED | blame [state/united-kingdom] for event/istanbul-talks-collapse"),
            blameRows("Ukrainian negotiators insist that the Bucha massacre, not London, ended the Istanbul talks."));
        // the reporting participle's subject is the source
        assertEquals(List.of("person/sergei-lavrov |  | blame-passive | CERTAIN | AFFIRMED | blame [org/the-west] for event/istanbul-talks-collapse"),
            blameRows("Sergei Lavrov went further on Monday, suggesting that the Istanbul process had been sabotaged by Western capitals."));
        // implicit blame: a cause phrase ("after …") on an active failure verb
        assertEquals(List.of("person/vladimir-putin |  | blame-causal | CERTAIN | AFFIRMED | blame [person/boris-johnson] for event/istanbul-talks-collapse"),
            blameRows("Vladimir Putin claimed that Ukraine had initialled the treaty in Istanbul but discarded it after Boris Johnson came to Kyiv."));
        // "no talks" is the failure, not a denial; no negotiation named, no outcome guessed
        assertEquals(List.of("person/yuri-ushakov |  | blame-learned | CERTAIN | AFFIRMED | blame [event/kursk-incursion-2024] for -"),
            blameRows("Yuri Ushakov said that after the Kursk incursion there would be no talks with Kyiv."));
        // a walk-back: the blame its speaker told earlier, now denied in the speaker's name
        String told = "David Arakhamia said Boris Johnson told Kyiv to keep fighting rather than sign the Istanbul deal. ";
        String asserted = "person/davyd-arakhamia |  | blame-persuade | CERTAIN | AFFIRMED | blame [person/boris-johnson] for event/istanbul-talks-collapse";
        String walkedBack = "person/davyd-arakhamia |  | blame-walk-back | CERTAIN | DENIED | blame [person/boris-johnson] for event/istanbul-talks-collapse";
        assertEquals(List.of(asserted, walkedBack),
            blameRows(told + "A year later he changed his tune. \"My words were taken out of context,\" Arakhamia said."));
        assertEquals(List.of(asserted, walkedBack), blameRows(told + "Arakhamia later complained that his comments had been twisted by Moscow."));
        // someone else's words being twisted takes back nothing of his
        assertEquals(List.of(), blameRows(told + "Dmitry Peskov said his remarks had been twisted by the Western press.").stream()
            .filter(r -> r.contains("blame-walk-back")).toList());
    }
}
