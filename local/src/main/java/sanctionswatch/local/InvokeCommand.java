package sanctionswatch.local;

import com.fasterxml.jackson.core.type.TypeReference;
import sanctionswatch.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code invoke}: runs one function of the template on an event in a fresh JVM, with the environment the template
 * gives it, as {@code sam local invoke} runs it in a fresh container. The handler's result goes to standard output,
 * its logs to standard error.
 */
final class InvokeCommand {
    private InvokeCommand() {}

    static int run(List<String> args) throws Exception {
        return process(args, System.getenv()).inheritIO().start().waitFor();
    }

    /** The child process that runs the function, not yet started. */
    static ProcessBuilder process(List<String> args, Map<String, String> callerEnv) throws Exception {
        String function = null;
        Path event = null;
        Path envFile = null;
        Path templateFile = Path.of("template.yaml");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-e", "--event" -> event = Path.of(arg(args, ++i, a));
                case "-n", "--env-vars" -> envFile = Path.of(arg(args, ++i, a));
                case "-t", "--template" -> templateFile = Path.of(arg(args, ++i, a));
                default -> {
                    if (a.startsWith("-") || function != null) {
                        throw new Main.UsageException("unexpected argument " + a);
                    }
                    function = a;
                }
            }
        }
        if (function == null || event == null) {
            throw new Main.UsageException("invoke needs FUNCTION and -e EVENT.json");
        }
        if (!Files.isRegularFile(event)) {
            throw new Main.UsageException("no event file " + event);
        }
        Template template = Template.read(templateFile);
        if (!"AWS::Serverless::Function".equals(template.resourceType(function))) {
            throw new Main.UsageException(templateFile + " has no function " + function + "; it has "
                    + template.functions());
        }
        Map<String, String> env = environment(template, function, envFile, callerEnv);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LambdaRunner.class.getName());
        command.add(template.handler(function));
        command.add(event.toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", function);
        return pb;
    }

    /**
     * The function's environment: the caller's (AWS settings, endpoints), then the template's variables resolved
     * locally (but for those it leaves empty and the caller sets: {@code REVIEW_BASE_URL} from {@code serve}'s
     * exports), then the env file's, in SAM's format ({@code {"Parameters": {...}, "<Function>": {...}}}).
     */
    static Map<String, String> environment(Template template, String function, Path envFile,
                                           Map<String, String> callerEnv) throws IOException {
        Map<String, Map<String, String>> file = envFile == null ? Map.of()
                : Json.mapper().readValue(envFile.toFile(), new TypeReference<Map<String, Map<String, String>>>() {});
        Map<String, String> parameters = new LinkedHashMap<>(template.parameterDefaults());
        parameters.putAll(file.getOrDefault("Parameters", Map.of()));
        String region = callerEnv.getOrDefault("AWS_REGION", "us-east-1");
        String sqsEndpoint = callerEnv.getOrDefault("AWS_ENDPOINT_URL_SQS",
                callerEnv.getOrDefault("AWS_ENDPOINT_URL", "https://sqs." + region + ".amazonaws.com"));
        Resolver resolver = new Resolver(template, parameters, region, sqsEndpoint);
        Map<String, String> env = new LinkedHashMap<>(callerEnv);
        env.putIfAbsent("AWS_REGION", region);
        template.environment(function).forEach((k, v) -> {
            String value = resolver.resolve(v);
            // What the template leaves empty here (ReviewBaseUrl's default, the secret no emulator keeps) the
            // caller may set: the exports of `serve` give REVIEW_BASE_URL so. A value the template gives stands.
            if (!value.isEmpty() || !callerEnv.containsKey(k)) {
                env.put(k, value);
            }
        });
        env.putAll(file.getOrDefault(function, Map.of()));
        return env;
    }

    private static String arg(List<String> args, int i, String option) throws Main.UsageException {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args.get(i);
    }

}
