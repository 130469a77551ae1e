package org.peacetalks.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.annotate.Span;
import org.peacetalks.vocab.PT;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;

/**
 * Links names in text to reference entities. The name list is generated from
 * the reference graph (rdfs:label and skos:altLabel of every actor, territory,
 * document and event), never kept by hand; matching is over CoreNLP's PTB
 * tokens, longest match first, case-insensitive but anchored on a capitalised
 * token so that common words ("west", "union") do not match.
 */
public final class Gazetteer {
    private static final Node ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    /** Classes whose instances are named in news text. */
    private static final Set<Node> NAMED = Set.of(PT.Person, PT.State, PT.Organisation, PT.NewsOutlet, PT.Territory, PT.Document,
        PT.TreatyDraft, PT.Treaty, PT.Communique, PT.Speech, PT.Plan, PT.Book, PT.Report, PT.Event, PT.Negotiation, PT.Meeting,
        PT.Summit, PT.MilitaryEvent, PT.Breakdown);

    /** A linked mention: its span (code points), its UTF-16 range [from, to) for string work, the entity and the words. */
    public record Mention(Span span, int from, int to, String iri, String surface) {}

    /** Token sequence (lowercase) → candidate entity IRIs, sorted for determinism. */
    private final Map<List<String>, TreeSet<String>> names = new HashMap<>();
    private int longest = 1;

    private Gazetteer() {}

    /** The gazetteer of every named entity in {@code reference}. */
    public static Gazetteer of(Graph reference) {
        Gazetteer g = new Gazetteer();
        Set<Node> entities = new LinkedHashSet<>();
        for (Node c : NAMED) reference.find(Node.ANY, RDF.type.asNode(), c).forEach(t -> entities.add(t.getSubject()));
        Set<Node> persons = new java.util.HashSet<>();
        reference.find(Node.ANY, RDF.type.asNode(), PT.Person).forEach(t -> persons.add(t.getSubject()));
        for (Node e : entities) {
            if (!e.isURI()) continue;
            if (persons.contains(e))
                for (Node p : List.of(RDFS.label.asNode(), ALT))
                    reference.find(e, p, Node.ANY).forEach(t -> {
                        if (t.getObject().isLiteral()) g.addSpelling(t.getObject().getLiteralLexicalForm(), e.getURI());
                    });
            for (Node p : List.of(RDFS.label.asNode(), ALT)) {
                reference.find(e, p, Node.ANY).forEach(t -> {
                    if (t.getObject().isLiteral()) g.add(t.getObject().getLiteralLexicalForm(), e.getURI());
                });
            }
        }
        return g;
    }

    private void add(String name, String iri) {
        List<String> key = new ArrayList<>();
        for (CoreLabel t : tokenize(name)) key.add(norm(t.word()));
        // drop a leading article: "the West" is matched from "West", with or without "the"
        if (key.size() > 1 && key.get(0).equals("the")) key = key.subList(1, key.size());
        if (key.isEmpty()) return;
        names.computeIfAbsent(List.copyOf(key), k -> new TreeSet<>()).add(iri);
        longest = Math.max(longest, key.size());
        // "talks in Belarus", "capture of Avdiivka": a lower-case description holding a name may start a match
        // in lower case; one without a name ("victory plan") may not, it would match common words
        String first = name.strip().replaceFirst("^(?i:the)\\s+", "");
        if (key.size() > 1 && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0)) && name.codePoints().anyMatch(Character::isUpperCase))
            lowerStart.add(List.copyOf(key));
    }

    /** A person's surname's spelling skeleton → the people of that surname: Arahamiya, Arakhamiya and Arakhamia are one. */
    private final Map<String, TreeSet<String>> surnames = new HashMap<>();

    private void addSpelling(String name, String iri) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) return;
        String sk = skeleton(words[words.length - 1]);
        if (sk.length() >= 4) surnames.computeIfAbsent(sk, k -> new TreeSet<>()).add(iri);
    }

    /**
     * A name's spelling skeleton, for transliterations of one Cyrillic name: no
     * diacritics, kh as h, w as v, x as ks, j and y as i, doubled letters once,
     * and no vowels after the first letter (Zelenskyy, Zelensky, Zelenskiy → zlnsk).
     */
    static String skeleton(String w) {
        String n = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^a-z]", "").replace("kh", "h").replace("w", "v").replace("x", "ks").replace('j', 'i').replace('y', 'i');
        n = n.replaceAll("(.)\\1+", "$1");
        return n.isEmpty() ? n : n.charAt(0) + n.substring(1).replaceAll("[aeiou]", "");
    }

    /** Keys of lower-case labels that hold a name, which may match from a lower-case word. */
    private final Set<List<String>> lowerStart = new java.util.HashSet<>();

    public int size() { return names.size(); }

    static List<CoreLabel> tokenize(String text) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
            "invertible=true,untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false,ptb3Escaping=false");
        return tok.tokenize();
    }

    private static String norm(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * Every linked mention in {@code text}, longest first and non-overlapping.
     * An ambiguous name goes to the candidate already mentioned in the text,
     * else is left unlinked: a wrong link is worse than none.
     */
    public List<Mention> link(String text) {
        List<CoreLabel> toks = tokenize(text);
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<int[]> ambiguous = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int matched = 0;
            TreeSet<String> iris = null;
            boolean capital = Character.isUpperCase(toks.get(i).word().codePointAt(0));
            if (capital || !lowerStart.isEmpty()) {
                for (int n = Math.min(longest, toks.size() - i); n >= 1; n--) {
                    List<String> key = new ArrayList<>(n);
                    for (int k = i; k < i + n; k++) key.add(norm(toks.get(k).word()));
                    TreeSet<String> hit = names.get(key);
                    if (hit != null && (capital || lowerStart.contains(key))) {
                        matched = n;
                        iris = hit;
                        break;
                    }
                }
            }
            if (matched == 0) {
                // a person's name in another transliteration: a given name and a surname whose skeleton is one known person's
                int sp = spelledSurname(toks, i);
                if (sp > 0) {
                    int from = toks.get(i).beginPosition(), to = toks.get(i + sp - 1).endPosition();
                    String iri = surnames.get(skeleton(toks.get(i + sp - 1).word())).first();
                    out.add(new Mention(Span.ofChars(text, from, to), from, to, iri, text.substring(from, to)));
                    seen.add(iri);
                    i += sp;
                    continue;
                }
                // the surname alone, in another spelling, of a person this text has already named
                String w = toks.get(i).word();
                TreeSet<String> alone = w.matches("\\p{Lu}\\p{Ll}{4,}") && !names.containsKey(List.of(norm(w))) ? surnames.get(skeleton(w)) : null;
                if (alone != null && alone.size() == 1 && seen.contains(alone.first())) {
                    int from = toks.get(i).beginPosition(), to = toks.get(i).endPosition();
                    out.add(new Mention(Span.ofChars(text, from, to), from, to, alone.first(), w));
                }
                i++;
                continue;
            }
            int from = toks.get(i).beginPosition(), to = toks.get(i + matched - 1).endPosition();
            if (iris.size() == 1) {
                out.add(new Mention(Span.ofChars(text, from, to), from, to, iris.first(), text.substring(from, to)));
                seen.add(iris.first());
            } else {
                ambiguous.add(new int[] {from, to});
            }
            i += matched;
        }
        for (int[] a : ambiguous) {
            String surface = text.substring(a[0], a[1]);
            List<String> key = new ArrayList<>();
            for (CoreLabel t : tokenize(surface)) key.add(norm(t.word()));
            if (key.size() > 1 && key.get(0).equals("the")) key = key.subList(1, key.size());
            List<String> known = names.getOrDefault(key, new TreeSet<>()).stream().filter(seen::contains).toList();
            if (known.size() == 1) out.add(new Mention(Span.ofChars(text, a[0], a[1]), a[0], a[1], known.get(0), surface));
        }
        regionLists(text, out);
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /**
     * Tokens from {@code i} that name a known person in another spelling: two
     * capitalised words whose second has the skeleton of exactly one person's
     * surname (and is not itself a name the gazetteer knows), → 2; else 0.
     */
    private int spelledSurname(List<CoreLabel> toks, int i) {
        if (i + 1 >= toks.size() || surnames.isEmpty()) return 0;
        String given = toks.get(i).word(), sur = toks.get(i + 1).word();
        if (!given.matches("\\p{Lu}\\p{Ll}+") || !sur.matches("\\p{Lu}\\p{Ll}{3,}")) return 0;
        if (names.containsKey(List.of(norm(given))) || names.containsKey(List.of(norm(sur)))) return 0;
        TreeSet<String> hit = surnames.get(skeleton(sur));
        return hit != null && hit.size() == 1 ? 2 : 0;
    }

    private static final java.util.regex.Pattern REGION_LIST = java.util.regex.Pattern.compile(
        "((?:\\p{Lu}[\\p{L}’'-]+(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+))+\\p{Lu}[\\p{L}’'-]+)\\s+(region|oblast|province)s\\b");

    /**
     * "the Kharkiv and Mykolaiv regions": each name of a list before a plural
     * "regions" is the region ("Kharkiv region"), not the city of that name.
     */
    private void regionLists(String text, List<Mention> out) {
        java.util.regex.Matcher m = REGION_LIST.matcher(text);
        while (m.find()) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}’'-]+").matcher(m.group(1));
            while (name.find()) {
                if (name.group().equals("And")) continue;
                List<String> key = new ArrayList<>();
                for (CoreLabel t : tokenize(name.group())) key.add(norm(t.word()));
                key.add(m.group(2).toLowerCase(Locale.ROOT));
                TreeSet<String> hit = names.get(key);
                if (hit == null || hit.size() != 1) continue;
                int from = m.start(1) + name.start(), to = m.start(1) + name.end();
                out.removeIf(x -> x.from() == from && x.to() == to);
                out.add(new Mention(Span.ofChars(text, from, to), from, to, hit.first(), name.group()));
            }
        }
    }
}
