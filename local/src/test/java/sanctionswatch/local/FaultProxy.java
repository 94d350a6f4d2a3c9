package sanctionswatch.local;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP proxy between the AWS SDK clients and an emulator that, at a set rate, answers a request the way
 * AWS does on a bad minute: a throttling error, a 500, a response slower than the client's attempt timeout, a
 * connection dropped before the request reached the service, or one dropped after the service did the work (the
 * response is lost, so the client's retry repeats a write that happened). Each faulty request gets one fault, chosen
 * from a seeded random; the counts are kept for the test to report.
 */
final class FaultProxy implements AutoCloseable {
    enum Fault { THROTTLE, SERVER_ERROR, SLOW, DROP_BEFORE, RESPONSE_LOST }

    /** Request headers java.net.http sets itself. */
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "keep-alive", "transfer-encoding");

    private final ServerSocket server;
    private final URI target;
    private final double rate;
    private final Duration slowness;
    private final Random random;
    private final HttpClient backend = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong requests = new AtomicLong();
    private volatile double currentRate;

    /**
     * @param target   the emulator
     * @param rate     share of requests that get a fault, in [0, 1]
     * @param slowness how long a slow response takes: longer than the clients' attempt timeout
     * @param seed     for the choice of faulty requests and their faults
     */
    FaultProxy(URI target, double rate, Duration slowness, long seed) throws IOException {
        this.server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        this.target = target;
        this.rate = rate;
        this.currentRate = rate;
        this.slowness = slowness;
        this.random = new Random(seed);
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicLong());
        }
        Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Turns faults off (to read the final state) or back on at the configured rate. */
    void faults(boolean on) {
        currentRate = on ? rate : 0;
    }

    long requests() {
        return requests.get();
    }

    Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new LinkedHashMap<>();
        injected.forEach((f, n) -> counts.put(f, n.get()));
        return counts;
    }

    long faultsInjected() {
        return injected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.execute(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One client connection, kept alive across requests as the SDK's URL connection client does. */
    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                Request request = Request.read(in);
                if (request == null) {
                    return;
                }
                requests.incrementAndGet();
                Fault fault = choose(request);
                if (fault != null) {
                    injected.get(fault).incrementAndGet();
                }
                if (fault == Fault.DROP_BEFORE) {
                    return;
                }
                if (fault == Fault.SLOW) {
                    // The client gives up first and closes; what it sent never reaches the service.
                    Thread.sleep(slowness.toMillis());
                    return;
                }
                if (fault == Fault.THROTTLE || fault == Fault.SERVER_ERROR) {
                    write(out, error(request, fault));
                    continue;
                }
                Response response = forward(request);
                if (fault == Fault.RESPONSE_LOST) {
                    return;
                }
                write(out, response);
            }
        } catch (IOException | InterruptedException e) {
            // The client went away; nothing to answer.
        }
    }

    private Fault choose(Request request) {
        synchronized (random) {
            if (random.nextDouble() >= currentRate) {
                return null;
            }
            Fault f = Fault.values()[random.nextInt(Fault.values().length)];
            // An SNS publish whose response is lost is published twice: SNS standard topics deliver at least once
            // and no client can tell. The other writes here are conditional or keyed, and retrying them is safe.
            if (f == Fault.RESPONSE_LOST && request.isSnsPublish()) {
                f = Fault.DROP_BEFORE;
            }
            return f;
        }
    }

    private Response forward(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(request.path()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, value);
            }
        });
        HttpResponse<byte[]> r = backend.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().map().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, String.join(",", values));
            }
        });
        return new Response(r.statusCode(), headers, r.body());
    }

    /** The error each protocol returns, so the SDK classifies it as the service's own. */
    private static Response error(Request request, Fault fault) {
        boolean throttle = fault == Fault.THROTTLE;
        String contentType = request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("content-type")).map(Map.Entry::getValue)
                .findFirst().orElse("");
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            String code = throttle ? "Throttling" : "InternalFailure";
            String xml = "<ErrorResponse><Error><Type>" + (throttle ? "Sender" : "Receiver") + "</Type><Code>" + code
                    + "</Code><Message>injected</Message></Error><RequestId>fault</RequestId></ErrorResponse>";
            return new Response(throttle ? 400 : 500, Map.of("Content-Type", "text/xml"),
                    xml.getBytes(StandardCharsets.UTF_8));
        }
        String type = throttle ? "com.amazonaws.dynamodb.v20120810#ThrottlingException" : "InternalFailure";
        String json = "{\"__type\":\"" + type + "\",\"message\":\"injected\"}";
        return new Response(throttle ? 400 : 500, Map.of("Content-Type", contentType.isEmpty()
                ? "application/x-amz-json-1.0" : contentType), json.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, Response r) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ')
                .append(r.status() < 400 ? "OK" : "Error").append("\r\n");
        r.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(r.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(r.body());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }

    private record Response(int status, Map<String, String> headers, byte[] body) {}

    private record Request(String method, String path, Map<String, String> headers, byte[] body) {
        boolean isSnsPublish() {
            return new String(body, 0, Math.min(body.length, 32), StandardCharsets.UTF_8).startsWith("Action=Publish");
        }

        /** The next request on the connection, or null when the client closed it. */
        static Request read(InputStream in) throws IOException {
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return null;
            }
            List<String> parts = List.of(requestLine.split(" "));
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
            int length = 0;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (h.getKey().equalsIgnoreCase("content-length")) {
                    length = Integer.parseInt(h.getValue());
                } else if (h.getKey().equalsIgnoreCase("transfer-encoding")) {
                    throw new IOException("chunked requests are not proxied");
                }
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                return null;
            }
            return new Request(parts.get(0), parts.get(1), headers, body);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int c;
            try {
                while ((c = in.read()) != -1) {
                    if (c == '\n') {
                        String s = buf.toString(StandardCharsets.ISO_8859_1);
                        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
                    }
                    buf.write(c);
                }
            } catch (SocketException reset) {
                return null;
            }
            return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
