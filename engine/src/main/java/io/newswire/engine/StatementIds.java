package io.newswire.engine;

/**
 * Statement ids derived from article id and span, so that re-enriching the same text gives the
 * same ids and replays do not count a statement twice.
 */
public final class StatementIds {

    private StatementIds() {
    }

    public static String of(String articleId, int start, int end) {
        return articleId + "#" + start + "-" + end;
    }
}
