package org.peacetalks.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.peacetalks.annotate.CandidateEntity;
import org.peacetalks.util.InputException;

/**
 * How gold names meet extracted IRIs. Gold names an entity as a reader would
 * (canonical full name); extraction gives an IRI whose names are its labels in
 * the reference graph (rdfs:label, skos:altLabel, skos:hiddenLabel), a
 * candidate's label, or an alias the evaluation corpus declares
 * ({@code aliases.tsv}: gold name, tab, entity path). Names compare without
 * case, accents, punctuation or a leading "the"; a person's surname alone
 * matches, as the guidelines allow for speakers.
 */
public final class EntityNames {
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(),
        NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
        NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"),
        NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#hiddenLabel"));

    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, String> display = new HashMap<>();

    public EntityNames(Graph reference) {
        for (Node p : LABELS)
            reference.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    add(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                    if (p.equals(RDFS.label.asNode())) display.putIfAbsent(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                }
            });
    }

    /** Adds the aliases of {@code file} (lines "gold name TAB entity path", # comments), entity paths under {@code idBase}. */
    public EntityNames withAliases(Path file, String idBase) {
        if (!Files.exists(file)) return this;
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\t");
            if (parts.length != 2) throw new InputException(file.toString(), i + 1, 1, "expected 'gold name<TAB>entity path'");
            add(idBase + parts[1].strip(), parts[0].strip());
        }
        return this;
    }

    public void addCandidates(List<CandidateEntity> candidates) {
        for (CandidateEntity c : candidates) {
            add(c.iri(), c.label());
            synchronized (this) { display.putIfAbsent(c.iri(), c.label()); }
        }
    }

    private synchronized void add(String iri, String label) {
        names.computeIfAbsent(iri, k -> new HashSet<>()).add(norm(label));
    }

    /** The entity's label (its rdfs:label, else the last step of its IRI), for reports and for gold made from curated IRIs. */
    public synchronized String display(String iri) {
        if (iri == null) return "(none)";
        String d = display.get(iri);
        return d != null ? d : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Whether the gold name {@code gold} names the entity {@code iri}. */
    public synchronized boolean matches(String gold, String iri) {
        Set<String> n = names.get(iri);
        String g = norm(gold);
        if (n == null) return g.equals(norm(iri.substring(iri.lastIndexOf('/') + 1).replace('-', ' ')));
        if (n.contains(g)) return true;
        if (!iri.contains("/person/")) return false;
        String gs = surname(g) != null ? surname(g) : g;
        for (String x : n) if (gs.equals(surname(x) != null ? surname(x) : x)) return true;
        return false;
    }

    private static String surname(String normName) {
        int sp = normName.lastIndexOf(' ');
        return sp < 0 ? null : normName.substring(sp + 1);
    }

    /** Lower case, no accents or punctuation, no leading "the", single spaces. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }
}
