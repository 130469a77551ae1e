package org.peacetalks.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.peacetalks.util.InputException;

/** Reads text files strictly: invalid UTF-8 or binary content is an error naming the file, never mojibake. */
public final class TextFiles {
    private TextFiles() {}

    public static String readUtf8(Path file) {
        return readUtf8(file, file.toString());
    }

    /** Reads {@code file}; errors name it as {@code name}. */
    public static String readUtf8(Path file, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
        return decodeUtf8(name, bytes);
    }

    public static String decodeUtf8(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException(name, "binary content (NUL byte at offset " + i + "), expected UTF-8 text");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(name, "invalid UTF-8: " + firstBadByte(bytes));
        }
    }

    private static String firstBadByte(byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var res = dec.decode(in, out, true);
        return res.isError() ? "malformed byte sequence at byte offset " + in.position() : "malformed input";
    }
}
