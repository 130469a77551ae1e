package org.peacetalks.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** HTTP Basic authentication whose failures go through a {@link LoginThrottle}: 429 once a client has failed too often. */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {
    private final LoginThrottle throttle;

    ThrottledBasicAuthenticator(LoginThrottle throttle) {
        this.throttle = throttle;
        setCharset(StandardCharsets.UTF_8);
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        // Without a usable response (a path that needs no login, whose user is looked up
        // in passing: Jetty's deferred authentication) there is nothing to refuse or count.
        if ( res == null || res.getHeaders() == null )
            return super.validateRequest(req, res, callback);
        String address = Request.getRemoteAddr(req);
        long wait = throttle.refusedForSeconds(address);
        if ( wait > 0 ) {
            res.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(wait));
            Response.writeError(req, res, callback, 429, "Too many failed logins: retry after " + wait + " s");
            return AuthenticationState.SEND_FAILURE;
        }
        String credentials = req.getHeaders().get(HttpHeader.AUTHORIZATION);
        AuthenticationState state = super.validateRequest(req, res, callback);
        if ( credentials != null && !(state instanceof AuthenticationState.Succeeded) )
            throttle.failed(address, user(credentials), req.getHttpURI().getPath());
        return state;
    }

    /** The user name of a Basic credential, for the log; never the password. */
    static String user(String credentials) {
        int space = credentials.indexOf(' ');
        if ( space < 0 || !credentials.substring(0, space).equalsIgnoreCase("basic") )
            return "?";
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials.substring(space + 1).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.replaceAll("[^\\p{Alnum}._@-]", "?");
        } catch (IllegalArgumentException ex) {
            return "?";
        }
    }
}
