package org.driftlab.config;

/** The kind of value a configuration parameter holds, as forms and validation see it. */
public enum ParameterKind {
    NUMBER("number"),
    INTEGER("integer"),
    BOOLEAN("boolean"),
    ENUM("enum"),
    NUMBER_LIST("list of numbers"),
    /** A list of number lists, e.g. the conductance lists of a custom-pair converter. */
    NUMBER_LISTS("list of number lists"),
    /** Positive numbers (written as strings, e.g. times in seconds) mapped to number lists. */
    MAP("map from positive number to list of numbers");

    private final String label;

    ParameterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
