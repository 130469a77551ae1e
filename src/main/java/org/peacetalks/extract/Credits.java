package org.peacetalks.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.peacetalks.util.RuleFiles;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The names an article's credits hold: bylines ("By Jane Doe"), reporting and
 * editing credits ("Reporting by X; Editing by Y"), photo credits ("Photo:
 * X/Reuters", "(X for The Guardian)"), signatures ("Jane Doe | 05.06.2025") and
 * author's notes ("Jane Doe is a former defence correspondent."). The shapes and
 * their words are in {@code credits.rules}; a part of a line with a finite verb is
 * a sentence, never a credit. A person whose name (or surname) is also tagged a
 * person outside the credits is not returned: someone named in the body stays an
 * actor. Thread-safe.
 */
final class Credits {
    static final String RULES = "credits.rules";
    /** Tokens that end a part of a line: "By X | The Review | 6 May", "(Reporting by X; Editing by Y)". */
    private static final Set<String> PART_BREAKS = Set.of("|", ";", "·", "•", "(", ")", "[", "]", "—", "–");
    /** Separators between the parts of a signature line: "X, Doha", "X — 3 June 2025, 14:27". */
    private static final Set<String> SIGNATURE_BREAKS = Set.of(",", "|", "—", "–", "-", "·", "•", "/");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> DATE_TAGS = Set.of("DATE", "TIME", "DURATION", "NUMBER", "SET", "ORDINAL");

    private final Set<String> words, labels, connectors, roles;

    Credits() {
        var sections = RuleFiles.sections(Credits.class, RULES);
        words = Set.copyOf(RuleFiles.words(sections, RULES, "credit-words"));
        labels = Set.copyOf(RuleFiles.words(sections, RULES, "credit-labels"));
        connectors = Set.copyOf(RuleFiles.words(sections, RULES, "connectors"));
        roles = Set.copyOf(RuleFiles.words(sections, RULES, "credit-roles"));
    }

    /** Character ranges [from, to) (UTF-16, as CoreNLP counts) of the names only the credits hold, in text order. */
    List<int[]> names(CoreDocument doc) {
        List<List<CoreLabel>> lines = lines(doc);
        List<int[]> found = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            List<CoreLabel> line = lines.get(li);
            for (Part p : parts(line)) {
                List<CoreLabel> t = p.tokens;
                if (t.isEmpty() || hasFiniteVerb(t)) continue;
                int by = byCredit(t);
                if (by >= 0) { names(t, by + 1, found, true); continue; }
                // "Editor: X", "Photo: X/Reuters"
                if (t.size() > 2 && labels.contains(lower(t.get(0))) && t.get(1).word().equals(":")) { names(t, 2, found, true); continue; }
                if (p.bracketed) bracketed(t, found);
            }
            signature(line, li + 1 < lines.size() ? lines.get(li + 1) : List.of(), found);
        }
        authorsNote(doc, lines, found);
        // a person also named outside the credits (the full name or the surname) is the body's
        List<int[]> out = new ArrayList<>();
        for (int[] n : found) if (!namedElsewhere(doc, n, found)) out.add(n);
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Whether [from, to) overlaps one of {@code names}. */
    static boolean within(List<int[]> names, int from, int to) {
        for (int[] n : names) if (from < n[1] && n[0] < to) return true;
        return false;
    }

    private record Part(List<CoreLabel> tokens, boolean bracketed) {}

    /** The tokens of each line of the text (a paragraph: sentences never cross a line), in order. */
    private static List<List<CoreLabel>> lines(CoreDocument doc) {
        List<List<CoreLabel>> out = new ArrayList<>();
        String text = doc.text();
        List<CoreLabel> current = null;
        int lineEnd = -1;
        for (CoreLabel t : doc.tokens()) {
            if (current == null || t.beginPosition() >= lineEnd) {
                current = new ArrayList<>();
                out.add(current);
                int nl = text.indexOf('\n', t.beginPosition());
                lineEnd = nl < 0 ? text.length() : nl;
            }
            current.add(t);
        }
        return out;
    }

    /** A line cut at its part breaks and sentence ends; a part between brackets knows it. */
    private static List<Part> parts(List<CoreLabel> line) {
        List<Part> out = new ArrayList<>();
        List<CoreLabel> cur = new ArrayList<>();
        boolean open = false;
        for (CoreLabel t : line) {
            String w = t.word();
            boolean end = t.tag().equals(".");
            if (PART_BREAKS.contains(w) || end) {
                if (!cur.isEmpty()) out.add(new Part(cur, open && w.equals(")")));
                cur = new ArrayList<>();
                if (w.equals("(")) open = true;
                else if (w.equals(")")) open = false;
                continue;
            }
            cur.add(t);
        }
        if (!cur.isEmpty()) out.add(new Part(cur, false));
        return out;
    }

    /**
     * The index of a credit's "by" in a part: opening it ("By Jane Doe"), after credit
     * words only ("Additional reporting by", "Written By:"), or after a comma in a part
     * without a verb ("Posted on the blog, 3 April 2025, by X"); -1 when none.
     */
    private int byCredit(List<CoreLabel> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!lower(t.get(i)).equals("by")) continue;
            boolean credit = true;
            for (int j = 0; j < i; j++) if (!words.contains(lower(t.get(j)))) credit = false;
            if (credit || t.get(i - 1).word().equals(",")) return i;
        }
        return -1;
    }

    /** The people named in {@code t} from {@code from} on, and with {@code titles} a byline's title tagged an organisation ("Political Reporter"). */
    private void names(List<CoreLabel> t, int from, List<int[]> found, boolean titles) {
        for (int i = from; i < t.size(); i++) {
            String ner = t.get(i).ner();
            if (!"PERSON".equals(ner) && !(titles && "ORGANIZATION".equals(ner))) continue;
            int j = i;
            while (j + 1 < t.size() && ner.equals(t.get(j + 1).ner())) j++;
            // "By Northline staff": a name before a role noun is whom the staff work for
            boolean employer = j + 1 < t.size() && roles.contains(lower(t.get(j + 1)));
            if (ner.equals("PERSON") && !employer || !ner.equals("PERSON") && roles.contains(lower(t.get(j))))
                found.add(new int[] {t.get(i).beginPosition(), t.get(j).endPosition()});
            i = j;
        }
    }

    /** "(X for The Guardian)", "(X - Photo Agency)": a bracketed name, a connector and who the person works for. */
    private void bracketed(List<CoreLabel> t, List<int[]> found) {
        if (!"PERSON".equals(t.get(0).ner())) return;
        int j = 0;
        while (j + 1 < t.size() && "PERSON".equals(t.get(j + 1).ner())) j++;
        if (j + 2 >= t.size() || !connectors.contains(lower(t.get(j + 1)))) return;
        boolean employer = false;
        for (int k = j + 2; k < t.size(); k++)
            if ("ORGANIZATION".equals(t.get(k).ner()) || labels.contains(lower(t.get(k)))) employer = true;
        if (employer) found.add(new int[] {t.get(0).beginPosition(), t.get(j).endPosition()});
    }

    /**
     * A line that opens with a name and holds no verb, the rest of it dates, places,
     * roles or outlets ("X | 05.06.2025 - 14:37", "X, Doha", "X, Senior Fellow"), or a
     * name alone on its line above a line of a date.
     */
    private void signature(List<CoreLabel> line, List<CoreLabel> next, List<int[]> found) {
        if (line.isEmpty() || !"PERSON".equals(line.get(0).ner()) || hasFiniteVerb(line)) return;
        int j = 0;
        while (j + 1 < line.size() && "PERSON".equals(line.get(j + 1).ner())) j++;
        int[] name = {line.get(0).beginPosition(), line.get(j).endPosition()};
        if (j + 1 == line.size()) {
            if (!next.isEmpty() && isDate(next)) found.add(name);
            return;
        }
        if (!SIGNATURE_BREAKS.contains(line.get(j + 1).word())) return;
        List<CoreLabel> seg = new ArrayList<>();
        int segments = 0;
        for (int k = j + 2; k <= line.size(); k++) {
            if (k < line.size() && !SIGNATURE_BREAKS.contains(line.get(k).word())) { seg.add(line.get(k)); continue; }
            if (seg.isEmpty()) continue;
            if (!isDate(seg) && !all(seg, "LOCATION") && !all(seg, "ORGANIZATION") && !roles.contains(lower(seg.get(seg.size() - 1)))) return;
            segments++;
            seg = new ArrayList<>();
        }
        if (segments > 0) found.add(name);
    }

    /** "Jane Doe is a former defence correspondent.": a paragraph of one sentence, a name, a copula and a role noun. */
    private void authorsNote(CoreDocument doc, List<List<CoreLabel>> lines, List<int[]> found) {
        for (CoreSentence s : doc.sentences()) {
            SemanticGraph g = ParsedArticle.tree(s);
            if (g == null || g.getFirstRoot() == null) continue;
            List<CoreLabel> line = null;
            for (List<CoreLabel> l : lines) if (!l.isEmpty() && l.get(0).beginPosition() <= ParsedArticle.begin(s) && ParsedArticle.begin(s) <= l.get(l.size() - 1).beginPosition()) line = l;
            if (line == null || line.get(0).beginPosition() != ParsedArticle.begin(s) || line.get(line.size() - 1).endPosition() != ParsedArticle.end(s)) continue;
            IndexedWord root = g.getFirstRoot();
            if (!root.tag().startsWith("NN") || !roles.contains(root.lemma().toLowerCase(Locale.ROOT)) || ParsedArticle.child(g, root, "cop") == null) continue;
            IndexedWord subj = ParsedArticle.child(g, root, "nsubj");
            if (subj == null || !"PERSON".equals(subj.ner())) continue;
            List<CoreLabel> toks = s.tokens();
            int lo = subj.index() - 1, hi = lo;
            while (lo > 0 && "PERSON".equals(toks.get(lo - 1).ner())) lo--;
            while (hi + 1 < toks.size() && "PERSON".equals(toks.get(hi + 1).ner())) hi++;
            found.add(new int[] {toks.get(lo).beginPosition(), toks.get(hi).endPosition()});
        }
    }

    /** Whether the name at {@code n} (its last word, the surname) is tagged a person somewhere outside the credits. */
    private static boolean namedElsewhere(CoreDocument doc, int[] n, List<int[]> credits) {
        String name = doc.text().substring(n[0], n[1]);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (CoreLabel t : doc.tokens())
            if ("PERSON".equals(t.ner()) && t.word().equals(surname) && !within(credits, t.beginPosition(), t.endPosition())) return true;
        return false;
    }

    private static boolean hasFiniteVerb(List<CoreLabel> t) {
        for (CoreLabel x : t) if (FINITE_TAGS.contains(x.tag())) return true;
        return false;
    }

    /** A date or time and nothing else: "05.06.2025 - 14:37", "Tuesday 10 June 2025 06.00 BST". */
    private static boolean isDate(List<CoreLabel> t) {
        boolean any = false;
        for (CoreLabel x : t) {
            if (x.ner() != null && DATE_TAGS.contains(x.ner()) || x.tag().equals("CD")) { any = true; continue; }
            if (ParsedArticle.isPunct(x)) continue;
            // a time zone: BST, GMT, IST
            if (x.word().length() <= 4 && x.word().equals(x.word().toUpperCase(Locale.ROOT))) continue;
            return false;
        }
        return any;
    }

    private static boolean all(List<CoreLabel> t, String ner) {
        for (CoreLabel x : t) if (!ner.equals(x.ner()) && !x.tag().equals("DT")) return false;
        return true;
    }

    private static String lower(CoreLabel t) { return t.word().toLowerCase(Locale.ROOT); }
}
