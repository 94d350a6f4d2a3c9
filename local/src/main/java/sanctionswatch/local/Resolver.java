package sanctionswatch.local;

import java.util.List;
import java.util.Map;

/**
 * Gives template values their local meaning: a parameter's value, and for a resource what an emulator calls it
 * (tables by logical id, a queue's URL on the SQS endpoint, a topic's ARN, a bucket by its logical id in lower case), as {@code sam local} does for tables.
 */
public final class Resolver {
    private static final String ACCOUNT = "000000000000";
    private final Template template;
    private final Map<String, String> parameters;
    private final String region;
    private final String sqsEndpoint;

    public Resolver(Template template, Map<String, String> parameters, String region, String sqsEndpoint) {
        this.template = template;
        this.parameters = parameters;
        this.region = region;
        this.sqsEndpoint = sqsEndpoint;
    }

    public String resolve(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> m) {
            if (m.containsKey("Ref")) {
                return ref(String.valueOf(m.get("Ref")));
            }
            if (m.containsKey("Fn::GetAtt")) {
                List<?> parts = (List<?>) m.get("Fn::GetAtt");
                return getAtt(String.valueOf(parts.get(0)), String.valueOf(parts.get(1)));
            }
            if (m.containsKey("Fn::Sub") && m.get("Fn::Sub") instanceof String text) {
                return sub(text);
            }
            throw new IllegalArgumentException("cannot resolve " + m + " locally");
        }
        if (value instanceof List<?> l) {
            return String.join(",", l.stream().map(this::resolve).toList());
        }
        return String.valueOf(value);
    }

    /**
     * A {@code !Sub} string with its {@code ${Name}}, {@code ${Name.Attribute}} and {@code ${AWS::Region}} resolved:
     * {@code https://${WatchesApi}.execute-api.${AWS::Region}.amazonaws.com} names the API by its logical id.
     */
    private String sub(String text) {
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            String name = v.group(1);
            int dot = name.indexOf('.');
            String value = switch (name) {
                case "AWS::Region" -> region;
                case "AWS::AccountId" -> ACCOUNT;
                default -> dot > 0 ? getAtt(name.substring(0, dot), name.substring(dot + 1)) : ref(name);
            };
            v.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        v.appendTail(out);
        return out.toString();
    }

    private String ref(String name) {
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        String type = String.valueOf(template.resourceType(name));
        return switch (type) {
            case "AWS::SQS::Queue" -> sqsEndpoint.replaceAll("/+$", "") + "/" + ACCOUNT + "/" + name;
            case "AWS::SNS::Topic" -> arn("sns", name);
            case "AWS::S3::Bucket" -> bucket(name);
            // No Secrets Manager runs locally: a secret resolves to nothing, and review links take REVIEW_KEY.
            case "AWS::SecretsManager::Secret" -> "";
            default -> name;
        };
    }

    private String getAtt(String resource, String attribute) {
        String type = String.valueOf(template.resourceType(resource));
        return switch (attribute) {
            case "Arn" -> switch (type) {
                case "AWS::SQS::Queue" -> arn("sqs", resource);
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + bucket(resource);
                default -> arn("sns", resource);
            };
            case "QueueName", "TopicName" -> resource;
            default -> throw new IllegalArgumentException("cannot resolve " + resource + "." + attribute + " locally");
        };
    }

    /** S3 bucket names are lower case. */
    static String bucket(String logicalId) {
        return logicalId.toLowerCase(java.util.Locale.ROOT);
    }

    private String arn(String service, String name) {
        return "arn:aws:" + service + ":" + region + ":" + ACCOUNT + ":" + name;
    }
}
