package io.newswire.engine;

public enum EntityType {
    PERSON, ORG, LOCATION
}
