package org.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.peacetalks.annotate.Claim;
import org.peacetalks.annotate.SourceKind;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.rdf.RdfFiles;
import org.peacetalks.vocab.PT;

class ExtractorTest {
    static final PT.Ids IDS = PT.Ids.standard();
    static final String ID = "https://w3id.org/peacetalks/id/";

    static Graph reference() {
        Graph ref = GraphFactory.createDefaultGraph();
        for (Path f : RdfFiles.turtleFiles(Path.of("data/reference"))) RdfFiles.parseInto(f, ref);
        return ref;
    }

    static Article article(String text) {
        return new Article("t", "t.txt", text, ArticleMetadata.UNKNOWN);
    }

    @Test
    void quotationShapesFindTheirSpeakers() {
        // new sentences, not from the seeds
        String text = "“We will not trade land for peace,” Zelensky told reporters in Kyiv.\n"
            + "Dmitry Peskov told Reuters: “The talks are frozen for now and nobody knows when they resume.”\n"
            + "“Moscow wants guarantees first,” said Lavrov on Friday.\n"
            + "“This is only a pause in the fighting,” according to Arakhamia.\n"
            + "Putin spoke at length. “Nobody asked us about the new plan,” he says.\n"
            + "The so-called “peace plan” was unclear.\n";
        List<Claim> claims = new Extractor(reference(), IDS).annotate(article(text)).claims().stream()
            .filter(c -> c.method().contains("/rule/quote-")).toList();
        List<String> got = new ArrayList<>();
        for (Claim c : claims) got.add(c.source().substring(ID.length()) + " | " + c.verb() + " | " + c.via() + " | " + c.method().substring(c.method().lastIndexOf('/') + 1));
        assertEquals(List.of(
            "person/volodymyr-zelensky | told | [] | quote-after",
            "person/dmitry-peskov | told | [" + ID + "org/reuters] | quote-before",
            "person/sergei-lavrov | said | [] | quote-verb-first",
            "person/davyd-arakhamia | according to | [] | quote-according",
            "person/vladimir-putin | says | [] | quote-after"), got);
        assertTrue(claims.stream().allMatch(c -> c.sourceKind() == SourceKind.NAMED && c.directQuote()));
        assertEquals("The talks are frozen for now and nobody knows when they resume.", claims.get(1).quotations().get(0));
    }

    static List<String> blames(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : new Extractor(reference(), IDS).annotate(article(text)).claims()) {
            if (!(c.proposition() instanceof org.peacetalks.annotate.Proposition.Blame b)) continue;
            out.add(b.blamed().get(0).substring(ID.length()) + " | " + (c.sourceKind() == SourceKind.OWN_VOICE ? "article" : c.source().substring(ID.length()))
                + " | " + c.method().substring(c.method().lastIndexOf('/') + 1));
        }
        return out;
    }

    @Test
    void blameShapesOnNewSentences() {
        assertEquals(List.of("org/nato | article | blame-passive"),
            blames("In Istanbul the sides came close. The accord was torpedoed by NATO within days, diplomats recall.\n"));
        assertEquals(List.of("person/vladimir-putin | person/dmitry-peskov | blame-active"),
            blames("The Istanbul talks stalled in April. Peskov said on Tuesday that Putin walked away from the draft treaty.\n"));
        assertEquals(List.of("person/joe-biden | article | blame-fight-on"),
            blames("After Istanbul, Joe Biden reportedly told Kyiv to keep fighting rather than sign.\n"));
        // no negotiation with a known breakdown in the paragraph: another deal, another outcome
        assertEquals(List.of(), blames("The grain accord was blocked by Russia.\n"));
        assertEquals(List.of("person/boris-johnson | person/boris-johnson | blame-denied"),
            new Extractor(reference(), IDS).annotate(article("Boris Johnson, who visited Kyiv in April 2022, has repeatedly denied that he "
                + "sabotaged the Istanbul deal.\n")).claims().stream().filter(c -> c.proposition() instanceof org.peacetalks.annotate.Proposition.Blame)
                .map(c -> ((org.peacetalks.annotate.Proposition.Blame) c.proposition()).blamed().get(0).substring(ID.length()) + " | "
                    + c.source().substring(ID.length()) + " | " + c.method().substring(c.method().lastIndexOf('/') + 1)).toList());
        // a denial of a role is the denier's own claim, with polarity denied
        List<Claim> denial = new Extractor(reference(), IDS).annotate(article(
            "Talks in Istanbul ended without a deal. Boris Johnson later denied sabotaging the talks.\n")).claims().stream()
            .filter(c -> c.proposition() instanceof org.peacetalks.annotate.Proposition.Blame).toList();
        assertEquals(List.of("person/boris-johnson | person/boris-johnson | DENIED | blame-denied | event/istanbul-talks-collapse"),
            denial.stream().map(c -> ((org.peacetalks.annotate.Proposition.Blame) c.proposition()).blamed().get(0).substring(ID.length())
                + " | " + c.source().substring(ID.length()) + " | " + c.polarity() + " | " + c.method().substring(c.method().lastIndexOf('/') + 1)
                + " | " + ((org.peacetalks.annotate.Proposition.Blame) c.proposition()).outcome().substring(ID.length())).toList());
    }

}
