package org.driftlab.model;

/** One configuration key whose stored value differs from the given one; values as JSON text, "(absent)" if none. */
public record ConfigDifference(String keyPath, String stored, String given) {
    @Override
    public String toString() {
        return keyPath + ": " + stored + " → " + given;
    }
}
