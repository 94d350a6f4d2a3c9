package sanctionswatch.alert;

import sanctionswatch.text.Digests;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.List;

/**
 * What makes two articles the same story though their URLs differ (syndication): the same title, and a text whose
 * 64-bit SimHash over three-word shingles differs in at most {@value #MAX_DISTANCE} bits (two unrelated texts differ
 * in about 32; at most 8 by chance about once in 4 billion).
 *
 * @param titleKey    hash of the folded title
 * @param fingerprint SimHash of the text
 */
public record Story(String titleKey, long fingerprint) {
    public static final int MAX_DISTANCE = 8;

    /** The story of an article titled {@code title} whose words are {@code text}. */
    public static Story of(String title, List<Token> text) {
        return new Story(titleKey(title), simHash(text));
    }

    public boolean nearlySame(long otherFingerprint) {
        return Long.bitCount(fingerprint ^ otherFingerprint) <= MAX_DISTANCE;
    }

    private static String titleKey(String title) {
        StringBuilder folded = new StringBuilder();
        for (Token t : Tokenizer.tokenize(title == null ? "" : title)) {
            folded.append(t.norm()).append(' ');
        }
        return Digests.sha256(folded.toString(), 8);
    }

    private static long simHash(List<Token> tokens) {
        int[] votes = new int[64];
        for (int i = 0; i + 2 < tokens.size(); i++) {
            long h = mix(tokens.get(i).norm().hashCode() * 31L * 31L + tokens.get(i + 1).norm().hashCode() * 31L
                    + tokens.get(i + 2).norm().hashCode());
            for (int b = 0; b < 64; b++) {
                votes[b] += (h >>> b & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    /** A 64-bit finaliser (SplitMix64), so similar shingles give unrelated bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
