package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * HTTP API routes served on a loopback port as API Gateway serves them: each request becomes an HTTP API (v2) event
 * for the route's handler ({@code GET /alerts/{alertId}} → ReviewFunction), and the handler's response is sent back
 * with its status, headers and body, as {@code sam local start-api} does. Loopback only: nothing else can reach it.
 */
public final class ApiServer implements AutoCloseable {
    /** A route of the template's HTTP API and the handler behind it. */
    public record Route(String method, String path, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        boolean matches(String m, String rawPath) {
            return method.equalsIgnoreCase(m) && pattern().matcher(rawPath).matches();
        }

        /** {@code /alerts/{alertId}} matches one path segment where the template names a parameter. */
        private Pattern pattern() {
            return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
        }
    }

    private final HttpServer server;
    private final List<Route> routes;

    private ApiServer(HttpServer server, List<Route> routes) {
        this.server = server;
        this.routes = List.copyOf(routes);
    }

    /** Serves {@code routes} on a free loopback port (or {@code port} when not 0). */
    public static ApiServer start(int port, List<Route> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ApiServer api = new ApiServer(server, routes);
        server.createContext("/", api::answer);
        // One request at a time, as one Lambda container takes one invocation at a time.
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "api-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return api;
    }

    /** {@code http://127.0.0.1:PORT}, what {@code REVIEW_BASE_URL} is set to locally. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            Route route = routes.stream().filter(r -> r.matches(method, rawPath)).findFirst().orElse(null);
            if (route == null) {
                send(exchange, 404, Map.of("Content-Type", "application/json"), "{\"message\":\"Not Found\"}");
                return;
            }
            APIGatewayV2HTTPResponse response;
            try {
                response = route.handler().handleRequest(event(exchange, route), null);
            } catch (RuntimeException e) {
                // API Gateway answers a failed invocation so, with nothing of the error.
                System.err.println("sanctions-watch: " + route.method() + " " + route.path() + " failed: " + e);
                send(exchange, 500, Map.of("Content-Type", "application/json"),
                        "{\"message\":\"Internal Server Error\"}");
                return;
            }
            send(exchange, response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(),
                    response.getBody() == null ? "" : response.getBody());
        }
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, Route route) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0")
                .withRouteKey(route.method() + " " + route.path())
                .withRawPath(exchange.getRequestURI().getRawPath())
                .withRawQueryString(exchange.getRequestURI().getRawQuery() == null ? ""
                        : exchange.getRequestURI().getRawQuery())
                .withHeaders(headers)
                .withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod()).withPath(exchange.getRequestURI().getRawPath())
                                .withSourceIp("127.0.0.1").withProtocol("HTTP/1.1").build())
                        .build())
                .build();
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The routes' order does not matter: no two routes of the template match the same request. */
    public List<Route> routes() {
        return new ArrayList<>(routes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
