package jakarta.servlet;

/**
 * Compatibility type, not part of this project's API: Servlet 6 (which the service's Jetty 12
 * needs) dropped this interface, and the Jetty 11 that Spark 4 carries relocated inside it still
 * tests servlets against it when the Spark driver starts its metrics handlers. No servlet here
 * implements it; it only lets that test answer "no".
 */
@Deprecated
public interface SingleThreadModel {}
