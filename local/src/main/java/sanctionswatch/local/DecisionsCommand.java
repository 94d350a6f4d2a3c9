package sanctionswatch.local;

import sanctionswatch.aws.DynamoDecisionStore;
import sanctionswatch.aws.DynamoReviewStore;
import sanctionswatch.review.DecisionCorpus;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code decisions export}: the analysts' decisions as labelled JSON lines in the matching corpus's format, read from
 * the tables {@code DECISIONS_TABLE}, {@code ARTICLES_TABLE}, {@code MENTIONS_TABLE} and {@code ALERTS_TABLE}
 * (default: the template's logical ids, as {@code emulators} names them), so that
 * {@code bin/sanctions-watch decisions export > reviewed.jsonl && bin/sanctions-watch eval reviewed.jsonl} runs the
 * scanner on what analysts judged.
 */
final class DecisionsCommand {
    private DecisionsCommand() {}

    static int run(List<String> args, PrintStream out, Map<String, String> env)
            throws Main.UsageException, Main.Failure {
        if (!args.equals(List.of("export"))) {
            throw new Main.UsageException("decisions takes one subcommand: export");
        }
        AwsAccess access = AwsAccess.of(env);
        if (!access.missing().isEmpty()) {
            throw new Main.Failure("decisions are kept in DynamoDB and " + String.join(" and ", access.missing())
                    + " cannot be found; set AWS_REGION and credentials, or run `bin/sanctions-watch emulators` and "
                    + "set the environment it prints");
        }
        String decisions = table(env, "DECISIONS_TABLE", "DecisionsTable");
        try (DynamoDbClient dynamo = access.clients().dynamo()) {
            DynamoReviewStore store = new DynamoReviewStore(dynamo, table(env, "ALERTS_TABLE", "AlertsTable"),
                    table(env, "ARTICLES_TABLE", "ArticlesTable"), table(env, "MENTIONS_TABLE", "MentionsTable"));
            DecisionCorpus.lines(new DynamoDecisionStore(dynamo, decisions).all(), store).forEach(out::println);
            return 0;
        } catch (SdkException e) {
            throw new Main.Failure("table " + decisions + ": " + Main.oneLine(e) + "; check AWS_REGION, the AWS "
                    + "credentials and DECISIONS_TABLE" + (access.endpoint() == null ? ""
                    : ", and that the endpoint " + access.endpoint() + " is up (bin/sanctions-watch emulators)"));
        }
    }

    private static String table(Map<String, String> env, String variable, String logicalId) {
        String v = env.get(variable);
        return v == null || v.isBlank() ? logicalId : v.strip();
    }
}
