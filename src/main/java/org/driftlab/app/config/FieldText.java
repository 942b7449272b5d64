package org.driftlab.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.driftlab.config.ParameterInfo;

/**
 * Converts between what a form field shows and the tree value of its parameter. Text that does not parse is kept
 * as a string value, so that the config's validation names it with what is allowed.
 */
final class FieldText {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldText() {
    }

    static JsonNode parse(ParameterInfo info, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equals("null")) {
            return NODES.nullNode();
        }
        return switch (info.kind()) {
            case NUMBER -> number(trimmed);
            case INTEGER -> integer(trimmed);
            case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false")
                    ? NODES.booleanNode(Boolean.parseBoolean(trimmed)) : NODES.textNode(trimmed);
            case ENUM -> NODES.textNode(trimmed);
            case NUMBER_LIST -> json(trimmed.startsWith("[") ? trimmed : "[" + trimmed + "]", trimmed);
            case NUMBER_LISTS, MAP -> json(trimmed, trimmed);
        };
    }

    static String render(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    private static JsonNode number(String text) {
        try {
            return NODES.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
    }

    private static JsonNode integer(String text) {
        try {
            long value = Long.parseLong(text);
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        } catch (NumberFormatException e) {
            return number(text);
        }
    }

    private static JsonNode json(String text, String asWritten) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return NODES.textNode(asWritten);
        }
    }
}
