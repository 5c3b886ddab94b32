package io.newswire.engine;

/** A surface form of an entity at [start, end) of the raw text. */
public record Mention(String text, int start, int end) {
}
