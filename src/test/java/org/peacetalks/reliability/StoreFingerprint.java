package org.peacetalks.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** What the reliability tests need around a store: a fingerprint of every quad, a copy, free ports, a listener. */
final class StoreFingerprint {
    private StoreFingerprint() {}

    /**
     * "N quads, H": the count and an order-independent digest (a sum of each quad's
     * SHA-256), so that any quad added, removed or changed shows.
     */
    static String of(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            long n = 0, sum = 0;
            MessageDigest md = sha256();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                String line = NodeFmtLib.str(q);
                byte[] h = md.digest(line.getBytes(StandardCharsets.UTF_8));
                long v = 0;
                for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
                sum += v;
                n++;
            }
            return n + " quads, " + Long.toHexString(sum);
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a (closed) store directory. */
    static Path copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    /** A port nothing listens on (now). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A TCP listener that counts connections: proof that the server made none. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "listener");
            t.setDaemon(true);
            t.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
