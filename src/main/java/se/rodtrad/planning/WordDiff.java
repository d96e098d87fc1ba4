package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two wordings: the longest common subsequence of their words, the rest marked as deleted
 * (only in the old wording) or inserted (only in the new). Words keep their punctuation, so "år." and "år" differ,
 * as they do in the documents.
 */
public final class WordDiff {

    public enum Op { EQUAL, DELETE, INSERT }

    public record Token(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Token> diff(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(tokens, Op.EQUAL, a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(tokens, Op.DELETE, a[i]);
                i++;
            } else {
                add(tokens, Op.INSERT, b[j]);
                j++;
            }
        }
        return tokens;
    }

    /** Consecutive words of the same kind are joined into one token. */
    private static void add(List<Token> tokens, Op op, String word) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).op() == op) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(op, last.text() + " " + word));
        } else {
            tokens.add(new Token(op, word));
        }
    }

    private static String[] words(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
