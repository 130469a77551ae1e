package org.peacetalks.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per client address: after {@link #maxFailures} failures
 * within {@link #window}, the client is refused (429) until that window ends,
 * whatever it sends, so a password cannot be guessed at hundreds per second.
 * Each failure and the start of each refusal is logged, without the password.
 */
final class LoginThrottle {
    static final int DEFAULT_MAX_FAILURES = 10;
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    /** Bound on tracked addresses; expired entries are dropped when it is reached. */
    private static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Consumer<String> log;
    private final Map<String, long[]> failures = new HashMap<>();   // address -> {window start, count}

    LoginThrottle(int maxFailures, Duration window, LongSupplier nanoClock, Consumer<String> log) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
        this.clock = nanoClock;
        this.log = log;
    }

    /** Seconds the client must still wait, or 0 when it may try. */
    synchronized long refusedForSeconds(String address) {
        long[] f = current(address);
        if ( f == null || f[1] < maxFailures )
            return 0;
        long left = f[0] + windowNanos - clock.getAsLong();
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Records a failed login of {@code user} from {@code address} on {@code path}. */
    synchronized void failed(String address, String user, String path) {
        long[] f = current(address);
        if ( f == null ) {
            if ( failures.size() >= MAX_TRACKED )
                failures.values().removeIf(e -> clock.getAsLong() - e[0] >= windowNanos);
            f = new long[] {clock.getAsLong(), 0};
            failures.put(address, f);
        }
        f[1]++;
        log.accept("Failed login as '" + user + "' from " + address + " on " + path + " (" + f[1] + " within "
                   + windowNanos / 1_000_000_000L + " s)");
        if ( f[1] == maxFailures )
            log.accept("Refusing logins from " + address + " for " + refusedForSeconds(address) + " s after " + maxFailures
                       + " failures");
    }

    private long[] current(String address) {
        long[] f = failures.get(address);
        if ( f != null && clock.getAsLong() - f[0] >= windowNanos ) {
            failures.remove(address);
            return null;
        }
        return f;
    }
}
