package io.newswire.engine;

/** An article the engine will not enrich; {@link #reason()} says why, for the dead-letter topic. */
public final class RejectedArticleException extends Exception {

    /** Why an article was rejected: stable codes that operators can alert on. */
    public enum Reason {
        EMPTY, BINARY, TOO_LARGE
    }

    private final Reason reason;

    public RejectedArticleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
