package io.newswire.engine;

import java.util.List;

/**
 * What the engine found in one article. All offsets are UTF-16 char offsets into the raw text.
 *
 * @param title the headline as it stands in the text, or null when none was found
 * @param boilerplate the lines judged not part of the story, verbatim
 */
public record Enrichment(String title, List<String> boilerplate, List<Entity> entities, List<Statement> statements) {

    public Enrichment {
        boilerplate = List.copyOf(boilerplate);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
    }
}
