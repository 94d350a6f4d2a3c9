package sanctionswatch.local;

import sanctionswatch.json.Json;

import java.io.PrintStream;
import java.net.BindException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: what {@code emulators} does, and the template's HTTP API routes on a loopback port, as
 * {@code sam local start-api} serves them, until Ctrl-C. It prints, after the emulators' exports,
 * {@code export REVIEW_BASE_URL=http://127.0.0.1:3000} and the review key this run made
 * ({@code export REVIEW_KEY='{"keyId":"local","key":"…"}'}), so a function invoked with them signs links that open
 * here: {@code bin/sanctions-watch invoke ScanArticleFunction -e events/scan-article.json} publishes the ru-kp alert
 * with a {@code reviewUrl} under it.
 */
final class ServeCommand {
    /** {@code sam local start-api}'s port, which a reader of SAM's documentation expects. */
    static final int DEFAULT_PORT = 3000;
    private static final String KEY_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ServeCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        int port = port(args);
        Emulators emulators = Emulators.start();
        ApiServer[] api = new ApiServer[1];
        AlertPrinter[] printer = new AlertPrinter[1];
        CountDownLatch stopped = EmulatorsCommand.stopOnExit(() -> {
            if (printer[0] != null) {
                printer[0].close();
            }
            if (api[0] != null) {
                api[0].close();
            }
            emulators.close();
        });
        Map<String, String> key = Map.of("REVIEW_KEY", newKey());
        TemplateResources resources;
        try {
            resources = EmulatorsCommand.createResources(emulators);
            api[0] = LocalApi.serve(port, resources, emulators, key);
        } catch (BindException e) {
            emulators.close();
            throw new Main.Failure("port " + port + " is taken on 127.0.0.1 (" + e.getMessage()
                    + "); give another with --port N, or --port 0 for any free port");
        } catch (Exception e) {
            emulators.close();
            throw e;
        }
        Map<String, String> review = new LinkedHashMap<>();
        review.put("REVIEW_BASE_URL", api[0].baseUrl());
        review.putAll(key);
        EmulatorsCommand.printExports(out, emulators, review);
        out.println("# The HTTP API at " + api[0].baseUrl() + ": " + String.join(", ", api[0].routes().stream()
                .map(r -> r.method() + " " + r.path()).toList()) + " (loopback only, no IAM signature asked).");
        out.println("# An alert's reviewUrl opens here. Ctrl-C stops the API and the emulators (their state is in "
                + "memory only; links of this run's key open in this run only).");
        out.println("# Alerts published to AlertTopic follow, each with its review link (queue "
                + AlertPrinter.QUEUE + "):");
        out.flush();
        printer[0] = AlertPrinter.start(emulators.sqs(), emulators.sns(), resources.ref("AlertTopic"), out);
        stopped.await();
        return 0;
    }

    /** {@code --port N} (0: any free port), {@link #DEFAULT_PORT} when not given. */
    static int port(List<String> args) throws Main.UsageException {
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.equals("--port") && !a.equals("-p")) {
                throw new Main.UsageException("unexpected argument " + a);
            }
            if (i + 1 >= args.size()) {
                throw new Main.UsageException(a + " needs a port number (0: any free port)");
            }
            String value = args.get(++i);
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new Main.UsageException("--port takes 0 to 65535 (0: any free port), not " + value);
            }
        }
        return port;
    }

    /**
     * A review key of this run, in the form of the deployment's secret: random letters and digits, as the template's
     * {@code GenerateSecretString} makes them. No key is ever fixed in the code.
     */
    static String newKey() {
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            key.append(KEY_LETTERS.charAt(random.nextInt(KEY_LETTERS.length())));
        }
        Map<String, String> secret = new LinkedHashMap<>();
        secret.put("keyId", "local");
        secret.put("key", key.toString());
        return Json.write(secret);
    }
}
