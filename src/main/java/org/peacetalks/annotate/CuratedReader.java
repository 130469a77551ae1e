package org.peacetalks.annotate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleMetadata;
import org.peacetalks.util.Yaml;
import org.peacetalks.vocab.PT;

/**
 * Reads the curated YAML formats of {@code data/} (see data/annotations/FORMAT.md):
 * article metadata and annotations. Anchors are resolved to spans of the
 * article text here, so a quote not in the text fails with file and line.
 */
public final class CuratedReader {
    private static final Pattern REF = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9-]*");
    private static final Set<String> META_KEYS = Set.of("title", "url", "publisher", "author", "datePublished", "language",
        "republicationOf", "boilerplate");
    private static final Set<String> FILE_KEYS = Set.of("article", "sameAnnotationsAs", "mentions", "derivedFrom", "sources", "claims");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "anchor", "occurrence", "count", "affiliation", "kind");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "anchor", "occurrence", "source", "via", "verb", "quote", "fullQuote",
        "certainty", "polarity", "date", "dateText", "statedAt", "statedIn", "basedOn", "note",
        "blame", "position", "control", "provision", "event", "figure", "statement", "assessment", "attestation");
    private static final Set<String> PROPOSITIONS = Set.of("blame", "position", "control", "provision", "event", "figure", "statement",
        "assessment", "attestation");
    /** Keys any proposition may carry besides its own: where and when it was held, its scope, what it is exchanged for. */
    private static final Set<String> DETAIL_KEYS = Set.of("heldAt", "heldOn", "degree", "degreeText", "inExchangeFor");

    private final PT.Ids ids;

    public CuratedReader(PT.Ids ids) {
        this.ids = ids;
    }

    /** Parses a {@code .meta.yaml} file; boilerplate anchors are resolved against {@code text}. */
    public ArticleMetadata readMetadata(String file, String content, String text) {
        Yaml y = Yaml.parse(file, content);
        y.keys(META_KEYS);
        String date = y.str("datePublished");
        var published = DateValue.parsePublished(date);
        if (date != null && published == null)
            throw y.get("datePublished").error("datePublished must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), found '" + date + "'");
        String url = y.str("url");
        if (url != null && !url.matches("https?://\\S+")) throw y.get("url").error("url must be an http(s) URL, found '" + url + "'");
        List<Span> boiler = new ArrayList<>();
        Yaml b = y.get("boilerplate");
        if (b != null) for (Yaml q : b.list()) boiler.add(anchor(q, q.str(), null, text));
        return new ArticleMetadata(y.str("title"), url, y.str("publisher"), y.strList("author"), published,
            y.str("language"), y.str("republicationOf"), boiler);
    }

    /** The stem named by {@code sameAnnotationsAs}, or null. */
    public String sameAnnotationsAs(String file, String content) {
        Yaml y = Yaml.parse(file, content);
        y.keys(FILE_KEYS);
        return y.str("sameAnnotationsAs");
    }

    /**
     * Parses an annotation file for {@code article}. {@code borrowed}, when the
     * file says {@code sameAnnotationsAs}, is the other article's annotation file
     * (name and content), whose annotations are re-anchored in this article's text.
     */
    public Annotations readAnnotations(String file, String content, Article article, Function<String, String[]> borrowed) {
        Yaml y = Yaml.parse(file, content);
        y.keys(FILE_KEYS);
        String stem = y.str("article");
        if (stem == null) throw y.error("missing required key 'article'");
        if (!stem.equals(article.stem()))
            throw y.require("article").error("annotations are for article '" + stem + "' but the file belongs to '" + article.stem() + "'");
        List<String> mentions = refs(y.get("mentions"), article, Map.of());
        String other = y.str("sameAnnotationsAs");
        if (other != null) {
            if (y.get("claims") != null || y.get("sources") != null)
                throw y.require("sameAnnotationsAs").error("a file with sameAnnotationsAs has no claims or sources of its own");
            String[] src = borrowed.apply(other);
            if (src == null) throw y.require("sameAnnotationsAs").error("no annotation file for article '" + other + "'");
            Yaml oy = Yaml.parse(src[0], src[1]);
            oy.keys(FILE_KEYS);
            Annotations a = body(oy, article);
            List<String> derived = y.get("derivedFrom") != null ? refs(y.get("derivedFrom"), article, Map.of()) : a.derivedFrom();
            return new Annotations(mentions.isEmpty() ? a.mentions() : mentions, a.sourceGroups(), a.claims(), List.of(),
                a.informationSources(), derived);
        }
        Annotations a = body(y, article);
        return new Annotations(mentions, a.sourceGroups(), a.claims(), List.of(), a.informationSources(), a.derivedFrom());
    }

    private Annotations body(Yaml y, Article article) {
        String text = article.text();
        Map<String, String> sources = new HashMap<>();
        List<SourceGroup> groups = new ArrayList<>();
        List<InformationSource> infos = new ArrayList<>();
        Yaml sy = y.get("sources");
        if (sy != null) for (Yaml s : sy.list()) {
            s.keys(SOURCE_KEYS);
            String kindWord = s.word("kind", Set.of("people", "dataset", "map"), "people");
            String id = s.require("id").str();
            if (!id.matches("[a-z0-9][a-z0-9-]*")) throw s.require("id").error("source id must be lowercase words joined by hyphens, found '" + id + "'");
            if (sources.containsKey(id)) throw s.require("id").error("duplicate source id '" + id + "'");
            String iri = ids.sourceGroup(article.id(), id);
            sources.put(id, iri);
            String quote = s.require("anchor").str();
            Span span = anchor(s.require("anchor"), quote, s.integer("occurrence"), text);
            if (!kindWord.equals("people")) {
                // a data set or map: what a claim rests on, never who makes it
                if (s.get("count") != null || s.get("affiliation") != null)
                    throw s.require("kind").error("a " + kindWord + " has no count or affiliation");
                infos.add(new InformationSource(iri, kindWord.equals("map") ? InformationSource.Kind.MAP : InformationSource.Kind.DATASET,
                    quote, span));
                continue;
            }
            Integer count = s.integer("count");
            if (count != null && count < 1) throw s.get("count").error("count must be at least 1");
            groups.add(new SourceGroup(iri, quote, span, count, refs(s.get("affiliation"), article, sources)));
        }
        Set<String> infoIris = new java.util.HashSet<>();
        for (InformationSource is : infos) infoIris.add(is.iri());
        List<Claim> claims = new ArrayList<>();
        Map<String, Yaml> localIds = new HashMap<>();
        Yaml cy = y.get("claims");
        if (cy != null) for (Yaml c : cy.list()) {
            Claim claim = claim(c, article, sources, infoIris);
            String id = claim.detail().localId();
            if (id != null && localIds.put(id, c) != null) throw c.require("id").error("duplicate claim id '" + id + "'");
            claims.add(claim);
        }
        for (int i = 0; i < claims.size(); i++) {
            String other = claims.get(i).detail().inExchangeFor();
            if (other != null && !localIds.containsKey(other))
                throw cy.list().get(i).error("inExchangeFor names no claim id of this file: '" + other + "'");
            if (other != null && other.equals(claims.get(i).detail().localId()))
                throw cy.list().get(i).error("a proposition cannot be exchanged for itself");
        }
        List<String> derived = refs(y.get("derivedFrom"), article, sources);
        return new Annotations(List.of(), groups, claims, List.of(), infos, derived);
    }

    private Claim claim(Yaml c, Article article, Map<String, String> sources, Set<String> infoIris) {
        Set<String> keys = c.keys(CLAIM_KEYS);
        String text = article.text();
        Yaml anchorNode = c.require("anchor");
        Span span = anchor(anchorNode, anchorNode.str(), c.integer("occurrence"), text);
        String anchorText = span.of(text);

        String src = c.require("source").str();
        String source;
        SourceKind kind;
        if (src.equals("article")) {
            source = ids.article(article.id());
            kind = SourceKind.OWN_VOICE;
        } else {
            source = ref(c.get("source"), article, sources);
            if (infoIris.contains(source))
                throw c.require("source").error("'" + src + "' is a data set or map, not someone who makes a claim: write 'source: article' and 'basedOn: " + src + "'");
            kind = src.startsWith("source/") ? SourceKind.ANONYMOUS : SourceKind.NAMED;
        }
        List<String> via = refs(c.get("via"), article, sources);
        List<String> quotes = c.strList("quote");
        for (String q : quotes) {
            if (!anchorText.contains(q)) throw c.get("quote").error("quote is not inside the claim's anchor: \"" + Anchors.abbreviate(q) + "\"");
        }
        String fullQuote = c.str("fullQuote");
        if (fullQuote != null) {
            // the whole quotation may cross spacing the republished copies differ in; compared with spacing and apostrophes normalised
            if (!loose(text).contains(loose(fullQuote)))
                throw c.get("fullQuote").error("fullQuote is not in the article text: \"" + Anchors.abbreviate(fullQuote) + "\"");
            for (String q : quotes)
                if (!loose(fullQuote).contains(loose(q))) throw c.get("fullQuote").error("fullQuote does not contain the quote \"" + Anchors.abbreviate(q) + "\"");
            if (loose(fullQuote).length() <= loose(anchorText).length() && loose(anchorText).contains(loose(fullQuote)))
                throw c.get("fullQuote").error("fullQuote is only for a quotation longer than its anchor; use 'quote'");
        }
        List<String> basedOn = refs(c.get("basedOn"), article, sources);
        ClaimProvenance provenance = new ClaimProvenance(optRef(c, "statedAt", article, sources), optRef(c, "statedIn", article, sources),
            basedOn, fullQuote == null ? null : fullQuote.replaceAll("[\\s\u00A0\u202F]+", " ").strip(), c.str("note"));
        Certainty certainty = Certainty.valueOf(c.word("certainty", Set.of("certain", "probable", "possible"), "certain").toUpperCase());
        Polarity polarity = Polarity.valueOf(c.word("polarity", Set.of("affirmed", "denied", "reported"), "affirmed").toUpperCase());
        DateValue date = date(c, "date");

        List<String> props = keys.stream().filter(PROPOSITIONS::contains).toList();
        if (props.size() != 1) throw c.error("a claim asserts exactly one of " + PROPOSITIONS.stream().sorted().toList() + ", found " + props);
        String kindKey = props.get(0);
        Yaml p = c.get(kindKey);
        if (p == null) throw c.require(kindKey).error("'" + kindKey + "' is empty");
        PropositionDetail detail = detail(c, p, article, sources);
        Proposition prop = switch (kindKey) {
            case "blame" -> {
                p.keys(with(DETAIL_KEYS, "blamed", "outcome", "how"));
                List<String> blamed = refs(p.require("blamed"), article, sources);
                yield new Proposition.Blame(blamed, ref(p.require("outcome"), article, sources), p.str("how"));
            }
            case "position" -> {
                p.keys(with(DETAIL_KEYS, "holder", "stance", "issue", "addressee", "content", "quantity"));
                Stance stance = switch (p.word("stance", Set.of("demand", "offer", "acceptance", "rejection", "redline"), null)) {
                    case "demand" -> Stance.DEMAND;
                    case "offer" -> Stance.OFFER;
                    case "acceptance" -> Stance.ACCEPTANCE;
                    case "rejection" -> Stance.REJECTION;
                    case "redline" -> Stance.REDLINE;
                    default -> throw p.error("missing required key 'stance'");
                };
                yield new Proposition.Position(ref(p.require("holder"), article, sources), stance,
                    refs(p.get("issue"), article, sources), p.get("addressee") == null ? null : ref(p.get("addressee"), article, sources),
                    p.require("content").str(), p.get("quantity") == null ? null : quantity(p.get("quantity")));
            }
            case "control" -> {
                p.keys(with(DETAIL_KEYS, "controller", "territory", "share", "area", "approx", "qualifier", "asOf", "dateText"));
                Yaml shareNode = p.get("share");
                BigDecimal share = null;
                Quantity range = null;
                if (shareNode != null && shareNode.isMap()) {
                    // a range of percent: share: {min: 70, max: 80}
                    shareNode.keys(Set.of("min", "max"));
                    BigDecimal lo = shareNode.decimal("min"), hi = shareNode.decimal("max");
                    if (lo == null || hi == null) throw shareNode.error("a share range needs 'min' and 'max'");
                    if (lo.compareTo(hi) > 0) throw shareNode.error("min " + lo + " is greater than max " + hi);
                    for (BigDecimal b : new BigDecimal[] {lo, hi})
                        if (b.signum() < 0 || b.compareTo(BigDecimal.valueOf(100)) > 0)
                            throw shareNode.error("share is a percentage between 0 and 100, found " + b);
                    range = new Quantity(ids.entity("measure/territory-share"), null, lo, hi, Unit.PERCENT, false);
                } else {
                    share = p.decimal("share");
                }
                BigDecimal area = p.decimal("area");
                if (share == null && range == null && area == null) throw p.error("territorial control needs 'share' (percent) or 'area' (km²)");
                if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0))
                    throw p.get("share").error("share is a percentage between 0 and 100, found " + share);
                if (area != null && area.signum() < 0) throw p.get("area").error("area must not be negative");
                yield new Proposition.Control(ref(p.require("controller"), article, sources), ref(p.require("territory"), article, sources),
                    share, range, area, p.bool("approx"), p.str("qualifier"), date(p, "asOf"), p.str("dateText"));
            }
            case "provision" -> {
                p.keys(with(DETAIL_KEYS, "document", "issue", "content"));
                yield new Proposition.Provision(ref(p.require("document"), article, sources), refs(p.get("issue"), article, sources),
                    p.require("content").str());
            }
            case "event" -> {
                p.keys(with(DETAIL_KEYS, "event", "content", "date", "dateText"));
                yield new Proposition.EventReport(ref(p.require("event"), article, sources), p.require("content").str(),
                    date(p, "date"), p.str("dateText"));
            }
            case "figure" -> {
                p.keys(with(DETAIL_KEYS, "measure", "subject", "value", "min", "max", "unit", "approx", "content"));
                yield new Proposition.Figure(quantity(p), p.get("subject") == null ? null : ref(p.get("subject"), article, sources),
                    p.str("content"));
            }
            case "statement" -> {
                p.keys(with(DETAIL_KEYS, "about", "content"));
                yield new Proposition.Statement(refs(p.get("about"), article, sources), p.require("content").str());
            }
            case "assessment" -> {
                p.keys(with(DETAIL_KEYS, "assessed", "verdict", "since", "content"));
                Proposition.Verdict v = switch (p.word("verdict", Set.of("winning", "upper-hand", "losing", "cannot-win", "stalemate"), null)) {
                    case "winning" -> Proposition.Verdict.WINNING;
                    case "upper-hand" -> Proposition.Verdict.UPPER_HAND;
                    case "losing" -> Proposition.Verdict.LOSING;
                    case "cannot-win" -> Proposition.Verdict.CANNOT_WIN;
                    case "stalemate" -> Proposition.Verdict.STALEMATE;
                    default -> throw p.error("missing required key 'verdict'");
                };
                yield new Proposition.Assessment(ref(p.require("assessed"), article, sources), v, optRef(p, "since", article, sources),
                    p.require("content").str());
            }
            case "attestation" -> {
                p.keys(with(DETAIL_KEYS, "document", "attests", "witness", "copies", "content"));
                Proposition.Attests a = switch (p.word("attests", Set.of("existence", "sighting", "possession"), null)) {
                    case "existence" -> Proposition.Attests.EXISTENCE;
                    case "sighting" -> Proposition.Attests.SIGHTING;
                    case "possession" -> Proposition.Attests.POSSESSION;
                    default -> throw p.error("missing required key 'attests'");
                };
                Integer copies = p.integer("copies");
                if (copies != null && copies < 1) throw p.get("copies").error("copies must be at least 1");
                Quantity q = copies == null ? null
                    : new Quantity(ids.entity("measure/count"), BigDecimal.valueOf(copies), null, null, Unit.ofWord("count"), false);
                yield new Proposition.Attestation(ref(p.require("document"), article, sources), a, optRef(p, "witness", article, sources),
                    q, p.require("content").str());
            }
            default -> throw new IllegalStateException(kindKey);
        };
        if (!(prop instanceof Proposition.Position || prop instanceof Proposition.Provision) && detail.degree() != null)
            throw p.get("degree").error("'degree' qualifies a position or a provision");
        return new Claim(span, source, kind, via, c.str("verb"), quotes, certainty, polarity, date, c.str("dateText"), prop,
            PT.Curated.getURI(), 1.0, new Origin(c.file(), c.line()), provenance, detail);
    }

    private PropositionDetail detail(Yaml c, Yaml p, Article article, Map<String, String> sources) {
        String id = c.str("id");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) throw c.require("id").error("claim id must be lowercase words joined by hyphens, found '" + id + "'");
        String degreeWord = p.word("degree", Set.of("limited", "major", "complete"), null);
        PropositionDetail.Degree degree = degreeWord == null ? null : PropositionDetail.Degree.valueOf(degreeWord.toUpperCase());
        String degreeText = p.str("degreeText");
        if (degreeText != null && !article.text().contains(degreeText))
            throw p.get("degreeText").error("degreeText is not in the article text: \"" + Anchors.abbreviate(degreeText) + "\"");
        return new PropositionDetail(id, optRef(p, "heldAt", article, sources), date(p, "heldOn"), degree, degreeText, p.str("inExchangeFor"));
    }

    private String optRef(Yaml y, String key, Article article, Map<String, String> sources) {
        return y.get(key) == null ? null : ref(y.get(key), article, sources);
    }

    private static Set<String> with(Set<String> common, String... keys) {
        Set<String> out = new java.util.HashSet<>(common);
        out.addAll(List.of(keys));
        return out;
    }

    /** Spacing (no-break spaces included) collapsed and curly apostrophes straightened, for comparing quotations across copies. */
    static String loose(String s) {
        return s.replace('\u2019', '\'').replaceAll("[\\s\u00A0\u202F]+", " ").strip();
    }

    private Quantity quantity(Yaml q) {
        q.keys(Set.of("measure", "subject", "value", "min", "max", "unit", "approx", "content"));
        String measure = q.require("measure").str();
        if (!measure.matches("[a-z][a-z0-9-]*")) throw q.require("measure").error("measure must be a measure name like 'troops', found '" + measure + "'");
        BigDecimal v = q.decimal("value"), min = q.decimal("min"), max = q.decimal("max");
        if (v == null && min == null && max == null) throw q.error("a quantity needs 'value' or 'min'/'max'");
        if (min != null && max != null && min.compareTo(max) > 0) throw q.get("min").error("min " + min + " is greater than max " + max);
        String u = q.word("unit", Set.of("count", "km", "km2", "percent"), "count");
        Boolean approx = q.bool("approx");
        return new Quantity(ids.entity("measure/" + measure), v, min, max, Unit.ofWord(u), approx != null && approx);
    }

    private DateValue date(Yaml y, String key) {
        String s = y.str(key);
        if (s == null) return null;
        DateValue d = DateValue.parse(s);
        if (d == null) throw y.get(key).error("'" + key + "' must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD, found '" + s + "'");
        return d;
    }

    private Span anchor(Yaml node, String quote, Integer occurrence, String text) {
        try {
            return Anchors.find(text, quote, occurrence);
        } catch (Anchors.AnchorException e) {
            throw node.error(e.getMessage());
        }
    }

    private List<String> refs(Yaml y, Article article, Map<String, String> sources) {
        if (y == null) return List.of();
        if (!y.isList()) return List.of(ref(y, article, sources));
        List<String> out = new ArrayList<>();
        for (Yaml e : y.list()) out.add(ref(e, article, sources));
        return out;
    }

    private String ref(Yaml y, Article article, Map<String, String> sources) {
        String r = y.str().trim();
        if (r.equals("article")) return ids.article(article.id());
        if (!REF.matcher(r).matches()) throw y.error("entity reference must look like 'person/boris-johnson', found '" + r + "'");
        if (r.startsWith("source/")) {
            String iri = sources.get(r.substring(7));
            if (iri == null) throw y.error("unknown source group '" + r + "' (define it under 'sources:')");
            return iri;
        }
        return ids.entity(r);
    }
}
