package io.newswire.engine.rules;

import io.newswire.engine.StatementKind;

/** A statement found in the story: words [first, last] (tokens), before stance. */
record Found(StatementKind kind, int first, int last, Entities.Cluster speaker, String cue, int cueToken) {
}
