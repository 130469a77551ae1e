package org.peacetalks.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lowercase hex, the basis of article and claim IRIs. */
public final class Hashing {
    private Hashing() {}

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** The first {@code n} hex digits of the SHA-256 of {@code text}. */
    public static String shortSha256(String text, int n) {
        return sha256(text).substring(0, n);
    }
}
