package io.newswire.engine;

public enum StatementKind {
    /** The words stand inside quotation marks. */
    DIRECT,
    /** Reported speech or a stated position. */
    INDIRECT
}
