package io.newswire.engine.rules;

import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.RejectedArticleException.Reason;

/** Refuses what is not an article: empty text, binary bytes, oversized input. */
final class ArticleGuard {

    /** Share of control or replacement chars above which the text is taken for binary. */
    private static final double MAX_CONTROL_RATIO = 0.01;

    private ArticleGuard() {
    }

    static void check(String text, int maxChars) throws RejectedArticleException {
        if (text.length() > maxChars) {
            throw new RejectedArticleException(Reason.TOO_LARGE,
                    "article has " + text.length() + " chars, limit is " + maxChars);
        }
        boolean blank = true;
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new RejectedArticleException(Reason.BINARY, "article contains NUL at char " + i);
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                control++;
            }
            if (blank && !Texts.isSpace(c)) {
                blank = false;
            }
        }
        if (blank) {
            throw new RejectedArticleException(Reason.EMPTY, "article has no text");
        }
        if (control > 3 && control > text.length() * MAX_CONTROL_RATIO) {
            throw new RejectedArticleException(Reason.BINARY,
                    "article has " + control + " control chars in " + text.length());
        }
    }
}
