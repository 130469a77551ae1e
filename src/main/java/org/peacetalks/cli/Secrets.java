package org.peacetalks.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.peacetalks.util.InputException;

/** Reads the update password from a file that only its owner can read. */
final class Secrets {
    private Secrets() {}

    /**
     * The stripped content of {@code file}. Refused when the file is missing, empty,
     * or readable or writable by its group or others (on file systems with POSIX
     * permissions): a password anyone on the machine can read protects nothing.
     */
    static String passwordFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) throw new InputException(file.toString(), "password file not readable");
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_")))
                    throw new InputException(file.toString(), "password file is accessible to other users (permissions "
                        + PosixFilePermissions.toString(perms) + "): restrict it with chmod 600 " + file);
            }
            String p = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (p.isEmpty()) throw new InputException(file.toString(), "password file is empty");
            return p;
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the password file: " + e.getMessage(), e);
        }
    }
}
