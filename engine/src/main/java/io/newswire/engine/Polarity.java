package io.newswire.engine;

public enum Polarity {
    SUPPORT, OPPOSE
}
