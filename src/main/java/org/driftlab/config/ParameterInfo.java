package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one configuration parameter is: everything a form, the CLI help, the documentation and the validation need.
 *
 * @param keyPath         dotted key path in files, e.g. {@code forward.out_noise}
 * @param description     one short sentence
 * @param unit            e.g. "µS", "s", or "" for dimensionless
 * @param kind            the kind of value
 * @param allowedValues   the lower-case values of an enum parameter, else empty
 * @param min             the lower bound of a number (or of each list element), or null
 * @param minInclusive    whether {@code min} itself is allowed
 * @param max             the upper bound, or null
 * @param maxInclusive    whether {@code max} itself is allowed
 * @param nullable        whether null ("use aihwkit's rule") is allowed
 * @param defaultValue    the default, from {@code inference_default} or from the noise-model type's defaults
 * @param advanced        false for the parameters a basic form shows
 * @param noiseModelTypes for noise-model keys, the types that have this key; empty for all other keys
 */
public record ParameterInfo(
        String keyPath,
        String description,
        String unit,
        ParameterKind kind,
        List<String> allowedValues,
        Double min,
        boolean minInclusive,
        Double max,
        boolean maxInclusive,
        boolean nullable,
        JsonNode defaultValue,
        boolean advanced,
        Set<NoiseModelType> noiseModelTypes) {

    public ParameterInfo {
        allowedValues = List.copyOf(allowedValues);
        noiseModelTypes = Set.copyOf(noiseModelTypes);
    }

    /** Whether a noise model of this type has this key (always true for keys outside noise_model). */
    public boolean appliesTo(NoiseModelType type) {
        return noiseModelTypes.isEmpty() || noiseModelTypes.contains(type);
    }

    /** The allowed values in words: a range like {@code [0, 1]}, the enum values, or the kind. */
    public String allowedText() {
        return switch (kind) {
            case ENUM -> "one of " + String.join(", ", allowedValues);
            case BOOLEAN -> "true or false";
            case MAP -> kind.label() + (min == null && max == null ? "" : ", values in " + rangeText());
            default -> (min == null && max == null ? "any " + kind.label() : kind.label() + " in " + rangeText())
                    + (nullable ? ", or null" : "");
        };
    }

    /** The numeric range in interval notation, e.g. {@code [0, ∞)}; empty when unbounded. */
    public String rangeText() {
        if (kind == ParameterKind.ENUM) {
            return String.join(", ", allowedValues);
        }
        if (min == null && max == null) {
            return "";
        }
        return (min == null ? "(-∞" : (minInclusive ? "[" : "(") + format(min)) + ", "
                + (max == null ? "∞)" : format(max) + (maxInclusive ? "]" : ")"));
    }

    /** Checks one value of this parameter; returns the problem message, or empty when the value is allowed. */
    public Optional<String> check(JsonNode value) {
        if (value == null || value.isNull()) {
            return nullable ? Optional.empty() : Optional.of("must not be null; allowed: " + allowedText());
        }
        return switch (kind) {
            case NUMBER -> checkNumber(value, "");
            case INTEGER -> checkInteger(value);
            case BOOLEAN -> value.isBoolean() ? Optional.empty() : wrongType();
            case ENUM -> checkEnum(value);
            case NUMBER_LIST -> checkList(value, "");
            case NUMBER_LISTS -> checkLists(value);
            case MAP -> checkMap(value);
        };
    }

    private Optional<String> wrongType() {
        return Optional.of("wrong type: expected " + allowedText());
    }

    private Optional<String> checkNumber(JsonNode value, String where) {
        if (!value.isNumber()) {
            return Optional.of(where + "wrong type: expected " + allowedText());
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            return Optional.of(where + "must be a finite number; allowed: " + allowedText());
        }
        boolean belowMin = min != null && (minInclusive ? v < min : v <= min);
        boolean aboveMax = max != null && (maxInclusive ? v > max : v >= max);
        return belowMin || aboveMax
                ? Optional.of(where + "out of range: " + format(v) + " is not in " + rangeText())
                : Optional.empty();
    }

    private Optional<String> checkInteger(JsonNode value) {
        boolean integral = value.isIntegralNumber()
                || (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()));
        if (!integral || Math.abs(value.doubleValue()) > Integer.MAX_VALUE) {
            return wrongType();
        }
        return checkNumber(value, "");
    }

    private Optional<String> checkEnum(JsonNode value) {
        if (value.isTextual() && allowedValues.contains(value.asText().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String hint = value.isTextual() ? Suggestions.didYouMean(value.asText().toLowerCase(Locale.ROOT),
                allowedValues).map(s -> "did you mean " + s + "? ").orElse("") : "";
        return Optional.of("unknown value; " + hint + "allowed: " + String.join(", ", allowedValues));
    }

    private Optional<String> checkList(JsonNode value, String where) {
        if (!value.isArray()) {
            return Optional.of(where + "wrong type: expected a list of numbers"
                    + (rangeText().isEmpty() ? "" : " in " + rangeText()));
        }
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            checkNumber(value.get(i), where + "element " + i + ": ").ifPresent(bad::add);
        }
        return bad.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", bad));
    }

    private Optional<String> checkLists(JsonNode value) {
        if (!value.isArray()) {
            return wrongType();
        }
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            checkList(value.get(i), "list " + i + ": ").ifPresent(bad::add);
        }
        return bad.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", bad));
    }

    private Optional<String> checkMap(JsonNode value) {
        if (!value.isObject()) {
            return wrongType();
        }
        List<String> bad = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!isPositiveNumber(entry.getKey())) {
                bad.add("key '" + entry.getKey() + "' must be a positive number" + (unit.isEmpty() ? "" : " (" + unit + ")"));
            }
            checkList(entry.getValue(), "entry '" + entry.getKey() + "': ").ifPresent(bad::add);
        }
        return bad.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", bad));
    }

    private static boolean isPositiveNumber(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) && v > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A double as a Python float literal (Java's {@code 1.0E-7} is valid Python). */
    static String pythonNumber(double v) {
        return Double.toString(v);
    }
}
