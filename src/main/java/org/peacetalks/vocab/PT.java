package org.peacetalks.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The peacetalks ontology ({@code pt:}) and the IRI scheme of the data. Every
 * term used by code is declared here once; {@code ontology/peacetalks.ttl}
 * defines each with a label and a definition.
 */
public final class PT {
    private PT() {}

    public static final String NS = "https://w3id.org/peacetalks/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/peacetalks/ontology";
    /** Default base of entity, article and claim IRIs; configurable at build and serve time. */
    public static final String DEFAULT_BASE = "https://w3id.org/peacetalks/";

    private static Node t(String local) { return NodeFactory.createURI(NS + local); }

    // ---- classes: actors
    public static final Node Actor = t("Actor");
    public static final Node Person = t("Person");
    public static final Node State = t("State");
    public static final Node Organisation = t("Organisation");
    public static final Node NewsOutlet = t("NewsOutlet");
    public static final Node SourceGroup = t("SourceGroup");
    public static final Node Tenure = t("Tenure");
    // ---- territories, documents, events
    public static final Node Territory = t("Territory");
    public static final Node Document = t("Document");
    public static final Node NewsArticle = t("NewsArticle");
    public static final Node TreatyDraft = t("TreatyDraft");
    public static final Node Treaty = t("Treaty");
    public static final Node Communique = t("Communique");
    public static final Node Speech = t("Speech");
    public static final Node Plan = t("Plan");
    public static final Node Book = t("Book");
    public static final Node Report = t("Report");
    public static final Node Event = t("Event");
    public static final Node Negotiation = t("Negotiation");
    public static final Node Meeting = t("Meeting");
    public static final Node Summit = t("Summit");
    public static final Node MilitaryEvent = t("MilitaryEvent");
    public static final Node Breakdown = t("Breakdown");
    // ---- claims and propositions
    public static final Node Claim = t("Claim");
    public static final Node Proposition = t("Proposition");
    public static final Node BlameAttribution = t("BlameAttribution");
    public static final Node Position = t("Position");
    public static final Node TerritorialControl = t("TerritorialControl");
    public static final Node DocumentProvision = t("DocumentProvision");
    public static final Node EventReport = t("EventReport");
    public static final Node FigureReport = t("FigureReport");
    public static final Node Statement = t("Statement");
    public static final Node Quantity = t("Quantity");
    public static final Node Mention = t("Mention");
    public static final Node ExtractionRule = t("ExtractionRule");
    // ---- individuals: enumerations
    public static final Node Certain = t("Certain");
    public static final Node Probable = t("Probable");
    public static final Node Possible = t("Possible");
    public static final Node Affirmed = t("Affirmed");
    public static final Node Denied = t("Denied");
    public static final Node Reported = t("Reported");
    public static final Node Demand = t("Demand");
    public static final Node Offer = t("Offer");
    public static final Node Acceptance = t("Acceptance");
    public static final Node Rejection = t("Rejection");
    public static final Node RedLine = t("RedLine");
    public static final Node Curated = t("Curated");
    public static final Node OwnVoice = t("OwnVoice");
    public static final Node NamedSource = t("NamedSource");
    public static final Node AnonymousSource = t("AnonymousSource");

    // ---- claim properties
    public static final Node reportedIn = t("reportedIn");
    public static final Node attributedTo = t("attributedTo");
    public static final Node via = t("via");
    public static final Node sourceKind = t("sourceKind");
    public static final Node reportingVerb = t("reportingVerb");
    public static final Node directQuote = t("directQuote");
    public static final Node quotation = t("quotation");
    public static final Node certainty = t("certainty");
    public static final Node polarity = t("polarity");
    public static final Node method = t("method");
    public static final Node confidence = t("confidence");
    public static final Node evidence = t("evidence");
    public static final Node asserts = t("asserts");
    public static final Node statedOn = t("statedOn");
    public static final Node dateText = t("dateText");
    // ---- proposition properties
    public static final Node blamed = t("blamed");
    public static final Node outcome = t("outcome");
    public static final Node manner = t("manner");
    public static final Node holder = t("holder");
    public static final Node stance = t("stance");
    public static final Node issue = t("issue");
    public static final Node addressee = t("addressee");
    public static final Node content = t("content");
    public static final Node quantity = t("quantity");
    public static final Node controller = t("controller");
    public static final Node territory = t("territory");
    public static final Node sharePercent = t("sharePercent");
    public static final Node areaKm2 = t("areaKm2");
    public static final Node qualifier = t("qualifier");
    public static final Node asOf = t("asOf");
    public static final Node document = t("document");
    public static final Node event = t("event");
    public static final Node eventDate = t("eventDate");
    public static final Node subject = t("subject");
    public static final Node about = t("about");
    // ---- quantity properties
    public static final Node measure = t("measure");
    public static final Node value = t("value");
    public static final Node minValue = t("minValue");
    public static final Node maxValue = t("maxValue");
    public static final Node unit = t("unit");
    public static final Node approximate = t("approximate");
    // ---- source groups
    public static final Node memberCount = t("memberCount");
    public static final Node affiliation = t("affiliation");
    public static final Node description = t("description");
    // ---- articles and mentions
    public static final Node text = t("text");
    public static final Node sha256 = t("sha256");
    public static final Node sourceFile = t("sourceFile");
    public static final Node republicationOf = t("republicationOf");
    public static final Node boilerplate = t("boilerplate");
    public static final Node mentions = t("mentions");
    public static final Node territoryAtIssue = t("territoryAtIssue");
    public static final Node refersTo = t("refersTo");
    public static final Node candidate = t("candidate");
    // ---- reference entities
    public static final Node tenure = t("tenure");
    public static final Node office = t("office");
    public static final Node organisation = t("organisation");
    public static final Node startDate = t("startDate");
    public static final Node endDate = t("endDate");
    public static final Node partOf = t("partOf");
    public static final Node breakdownOf = t("breakdownOf");
    public static final Node negotiatedIn = t("negotiatedIn");
    public static final Node memberOf = t("memberOf");

    // ---- assessments, attestations, occasions, degrees, non-actor sources (ontology 0.2.0)
    public static final Node concerns = t("concerns");
    public static final Node Assessment = t("Assessment");
    public static final Node assessed = t("assessed");
    public static final Node verdict = t("verdict");
    public static final Node since = t("since");
    public static final Node Winning = t("Winning");
    public static final Node UpperHand = t("UpperHand");
    public static final Node Losing = t("Losing");
    public static final Node CannotWin = t("CannotWin");
    public static final Node Stalemate = t("Stalemate");
    public static final Node heldAt = t("heldAt");
    public static final Node heldOn = t("heldOn");
    public static final Node statedAt = t("statedAt");
    public static final Node statedIn = t("statedIn");
    public static final Node DocumentAttestation = t("DocumentAttestation");
    public static final Node attests = t("attests");
    public static final Node witness = t("witness");
    public static final Node Existence = t("Existence");
    public static final Node Sighting = t("Sighting");
    public static final Node Possession = t("Possession");
    public static final Node inExchangeFor = t("inExchangeFor");
    public static final Node degree = t("degree");
    public static final Node degreeText = t("degreeText");
    public static final Node Limited = t("Limited");
    public static final Node Major = t("Major");
    public static final Node Complete = t("Complete");
    public static final Node InformationSource = t("InformationSource");
    public static final Node Dataset = t("Dataset");
    public static final Node Map = t("Map");
    public static final Node basedOn = t("basedOn");
    public static final Node derivedFromReport = t("derivedFromReport");
    public static final Node fullQuotation = t("fullQuotation");
    public static final Node Dispute = t("Dispute");
    public static final Node disputedClaim = t("disputedClaim");

    /** The IRIs of the data, all under one configurable base. */
    public static final class Ids {
        private final String base;
        public Ids(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }
        public static Ids standard() { return new Ids(DEFAULT_BASE); }
        public String base() { return base; }
        /** {@code person/boris-johnson} → full IRI. */
        public String entity(String path) { return base + "id/" + path; }
        public String article(String articleId) { return base + "id/article/" + articleId; }
        public String claim(String articleId, String claimKey) { return base + "id/claim/" + articleId + "/" + claimKey; }
        public String sourceGroup(String articleId, String local) { return base + "id/source/" + articleId + "/" + local; }
        public String articleGraph(String articleId) { return base + "graph/article/" + articleId; }
        public String referenceGraph() { return base + "graph/reference"; }
        public String ontologyGraph() { return base + "graph/ontology"; }
        public String rule(String ruleId) { return base + "id/rule/" + ruleId; }
    }
}
