package org.driftlab.config;

/**
 * One problem found in a configuration.
 *
 * @param keyPath the dotted key path, e.g. {@code forward.out_noise}; empty for the whole file
 * @param value   the offending value as written (may be null)
 * @param message what is wrong and what is allowed
 */
public record ConfigProblem(String keyPath, Object value, String message) {
    @Override
    public String toString() {
        String where = keyPath.isEmpty() ? "" : keyPath + ": ";
        return value == null ? where + message : where + message + " (got " + value + ")";
    }
}
