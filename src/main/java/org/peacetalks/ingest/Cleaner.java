package org.peacetalks.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.peacetalks.util.InputException;
import org.peacetalks.util.RuleFiles;

/**
 * Turns raw article content into the text that is stored and that offsets refer
 * to: HTML to text (by jsoup, scripts and page chrome dropped), Unicode NFC,
 * normalised whitespace, and site boilerplate removed by the rules in
 * {@code boilerplate.rules}.
 */
public final class Cleaner {
    static final String RULES = "boilerplate.rules";

    enum Kind { LINE, TAIL, TEASER }

    record Rule(String id, Kind kind, Pattern pattern) {}

    /** The cleaned text, the title found in it (or null), and which rules removed what. */
    public record Result(String text, String title, List<String> removed) {}

    private final List<Rule> rules;

    public Cleaner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Cleaner standard() {
        return new Cleaner(loadRules(RULES));
    }

    /** A cleaner with the rules of a boilerplate rule file's text; {@code resource} names it in errors. */
    public static Cleaner fromRules(String resource, String text) {
        return new Cleaner(rules(resource, RuleFiles.parse(resource, new java.io.StringReader(text))));
    }

    static List<Rule> loadRules(String resource) {
        return rules(resource, RuleFiles.read(Cleaner.class, resource));
    }

    /** The rules of a boilerplate rule file's lines; a bad line is an error naming the file, line and problem. */
    static List<Rule> rules(String resource, List<RuleFiles.Line> lines) {
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Line l : lines) {
            int no = l.number();
            String[] parts = l.text().split("\\s+", 3);
            if (parts.length < 3) throw new InputException(resource, no, 1, "expected '<id> <kind> <regex>'");
            if (!ids.add(parts[0])) throw new InputException(resource, no, 1, "duplicate rule id '" + parts[0] + "'");
            Kind kind;
            try {
                kind = Kind.valueOf(parts[1].toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new InputException(resource, no, parts[0].length() + 2, "unknown rule kind '" + parts[1] + "' (line, tail, teaser)");
            }
            try {
                out.add(new Rule(parts[0], kind, Pattern.compile(parts[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (PatternSyntaxException e) {
                throw new InputException(resource, no, 1, "bad regex: " + e.getDescription());
            }
        }
        return out;
    }

    public Result clean(RawArticle raw) {
        String text = raw.html() ? htmlToText(raw.content()) : raw.content();
        text = normalise(text);
        List<String> removed = new ArrayList<>();
        text = removeBoilerplate(text, removed);
        if (text.isBlank()) throw new InputException(raw.origin(), "no article text left after cleaning");
        return new Result(text, title(text), removed);
    }

    /** NFC; one kind of newline and space; no trailing spaces; at most one blank line in a row. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC)
            .replace("\r\n", "\n").replace('\r', '\n')
            .replaceAll("[\\u00A0\\u2007\\u202F\\t]", " ")
            .replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]", "");
        StringBuilder sb = new StringBuilder();
        int blank = 0;
        for (String line : t.split("\n", -1)) {
            String l = line.replaceAll(" {2,}", " ").strip();
            if (l.isEmpty()) {
                if (++blank > 1 || sb.length() == 0) continue;
            } else blank = 0;
            sb.append(l).append('\n');
        }
        return sb.toString().strip() + "\n";
    }

    String removeBoilerplate(String text, List<String> removed) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        boolean[] drop = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || drop[i]) continue;
            for (Rule r : rules) {
                if (!r.pattern.matcher(l).matches()) continue;
                removed.add(r.id + ": " + l);
                drop[i] = true;
                if (r.kind == Kind.TAIL) for (int j = i; j < drop.length; j++) drop[j] = true;
                if (r.kind == Kind.TEASER) dropTeasers(lines, drop, i, removed);
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) if (!drop[i]) sb.append(lines.get(i)).append('\n');
        return normalise(sb.toString());
    }

    /**
     * Around a related-stories marker, a teaser is a title line (no closing
     * punctuation) that also stands near the marker, or the first title after it;
     * each is dropped with the summary paragraph that follows it.
     */
    private static void dropTeasers(List<String> lines, boolean[] drop, int marker, List<String> removed) {
        int before = prevNonEmpty(lines, marker);
        int after = nextNonEmpty(lines, marker);
        if (before >= 0 && after >= 0 && lines.get(before).strip().equals(lines.get(after).strip()) && isTitle(lines.get(after))) {
            drop[before] = true;
            removed.add("related-teaser: " + lines.get(before).strip());
        }
        if (after >= 0 && isTitle(lines.get(after))) {
            drop[after] = true;
            removed.add("related-teaser: " + lines.get(after).strip());
            int summary = nextNonEmpty(lines, after);
            // the teaser's summary: one sentence-like paragraph before the next real one
            if (summary >= 0 && !isTitle(lines.get(summary)) && lines.get(summary).length() < 300) {
                drop[summary] = true;
                removed.add("related-teaser: " + lines.get(summary).strip());
            }
        }
    }

    static boolean isTitle(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= 120 && !l.matches(".*[.!?:;,”\"’)]$") && Character.isUpperCase(l.codePointAt(0));
    }

    /** A first line that looks like a headline (followed by a blank line) is the title. */
    static String title(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0) return null;
        String first = text.substring(0, nl);
        boolean blankAfter = text.startsWith("\n", nl + 1);
        return blankAfter && isTitle(first) && first.split("\\s+").length >= 3 ? first : null;
    }

    private static int prevNonEmpty(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) if (!lines.get(j).isBlank()) return j;
        return -1;
    }

    private static int nextNonEmpty(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) if (!lines.get(j).isBlank()) return j;
        return -1;
    }

    /** Block-level HTML to paragraphs of text; scripts, styles, navigation and forms are not article text. */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, "
            + "[aria-hidden=true], [hidden]").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        StringBuilder sb = new StringBuilder();
        Set<String> blocks = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article",
            "br", "tr", "figcaption", "pre", "ul", "ol", "table", "main");
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) sb.append(tn.text());
                else if (node instanceof Element el && blocks.contains(el.normalName())) sb.append("\n\n");
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && blocks.contains(el.normalName())) sb.append("\n\n");
            }
        }, root);
        return sb.toString();
    }
}
