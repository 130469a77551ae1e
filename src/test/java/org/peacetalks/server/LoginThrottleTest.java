package org.peacetalks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Failed logins per address: logged one by one, refused after the limit until the window ends. */
class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final List<String> log = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), now::get, log::add);

    @Test
    void refusesAfterTheLimitUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.refusedForSeconds("10.0.0.1"));
            throttle.failed("10.0.0.1", "admin", "/kg/update");
        }
        assertEquals(60, throttle.refusedForSeconds("10.0.0.1"));
        assertEquals(0, throttle.refusedForSeconds("10.0.0.2"), "another address is not affected");
        now.addAndGet(Duration.ofSeconds(45).toNanos());
        assertEquals(15, throttle.refusedForSeconds("10.0.0.1"));
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertEquals(0, throttle.refusedForSeconds("10.0.0.1"));
        assertEquals(List.of(
            "Failed login as 'admin' from 10.0.0.1 on /kg/update (1 within 60 s)",
            "Failed login as 'admin' from 10.0.0.1 on /kg/update (2 within 60 s)",
            "Failed login as 'admin' from 10.0.0.1 on /kg/update (3 within 60 s)",
            "Refusing logins from 10.0.0.1 for 60 s after 3 failures"), log);
    }

    @Test
    void userNameIsLoggedSafelyAndThePasswordNever() {
        assertEquals("admin", ThrottledBasicAuthenticator.user("Basic " + java.util.Base64.getEncoder().encodeToString("admin:s3cret".getBytes())));
        assertEquals("ev?l?user", ThrottledBasicAuthenticator.user("Basic " + java.util.Base64.getEncoder().encodeToString("ev\nl user:x".getBytes())));
        assertEquals("?", ThrottledBasicAuthenticator.user("Basic !!!"));
        assertEquals("?", ThrottledBasicAuthenticator.user("Bearer abc"));
    }
}
