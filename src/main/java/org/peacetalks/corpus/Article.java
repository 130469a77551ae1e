package org.peacetalks.corpus;

import org.peacetalks.util.Hashing;

/**
 * One article: a stable name (the file stem), the text that offsets refer to,
 * and its identity, the first 16 hex digits of the SHA-256 of that text.
 */
public record Article(String stem, String sourceFile, String text, ArticleMetadata metadata) {

    public String sha256() { return Hashing.sha256(text); }

    public String id() { return sha256().substring(0, 16); }

    public Article withMetadata(ArticleMetadata m) { return new Article(stem, sourceFile, text, m); }
}
