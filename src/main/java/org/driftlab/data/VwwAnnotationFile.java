package org.driftlab.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a COCO-style annotation file that the VWW datasets need, read with Jackson's streaming API one
 * list entry at a time, so a file of hundreds of MB never sits in memory as a tree. "annotations" is a COCO list
 * (pyvww, raw COCO) or a TF-slim map from image id to that image's entry.
 */
record VwwAnnotationFile(Path file, List<CocoImage> images, List<CocoCategory> categories,
        List<CocoAnnotation> cocoAnnotations, Map<Long, TfSlimEntry> tfSlimEntries) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static VwwAnnotationFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "annotation file not found");
        }
        List<CocoImage> images = null;
        List<CocoCategory> categories = new ArrayList<>();
        List<CocoAnnotation> annotations = null;
        Map<Long, TfSlimEntry> entries = null;
        try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnnotations(file, "the top level is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "images" -> images = readImages(file, parser, value);
                    case "categories" -> readCategories(file, parser, value, categories);
                    case "annotations" -> {
                        if (value == JsonToken.START_ARRAY) {
                            annotations = readCocoAnnotations(file, parser);
                        } else if (value == JsonToken.START_OBJECT) {
                            entries = readTfSlimEntries(file, parser);
                        } else {
                            throw notAnnotations(file, "\"annotations\" is neither a list nor a map");
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": malformed JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (images == null) {
            throw notAnnotations(file, "it has no \"images\" list");
        }
        return new VwwAnnotationFile(file, images, categories, annotations, entries);
    }

    /** The images in id order, as pyvww lists them. */
    List<CocoImage> imagesById() {
        return images.stream().sorted(java.util.Comparator.comparingLong(CocoImage::id)).toList();
    }

    /**
     * Where an image lives: root/file_name, or, when that is absent, root/train2014/… or root/val2014/… after the
     * split named in a COCO 2014 file name (COCO_val2014_000000000042.jpg), the layout COCO's zips unpack to.
     */
    static Path imagePath(Path root, String fileName) {
        Path direct = root.resolve(fileName);
        String[] parts = fileName.split("_");
        if (parts.length == 3 && parts[0].equals("COCO") && !Files.exists(direct)) {
            Path inSplit = root.resolve(parts[1]).resolve(fileName);
            if (Files.exists(inSplit)) {
                return inSplit;
            }
        }
        return direct;
    }

    /** The id of the category with this name, or -1. */
    long categoryId(String name) {
        return categories.stream().filter(c -> name.equals(c.name())).mapToLong(CocoCategory::id).findFirst()
                .orElse(-1);
    }

    private static List<CocoImage> readImages(Path file, JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw notAnnotations(file, "\"images\" is not a list");
        }
        List<CocoImage> images = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode image = parser.readValueAsTree();
            String where = "images[" + images.size() + "]";
            JsonNode fileName = image.get("file_name");
            if (fileName == null || !fileName.isTextual()) {
                throw notAnnotations(file, where + " has no \"file_name\"");
            }
            images.add(new CocoImage(requireNumber(file, image, "id", where).asLong(), fileName.asText(),
                    requireNumber(file, image, "width", where).asInt(),
                    requireNumber(file, image, "height", where).asInt()));
        }
        requireEndOfList(file, parser, "images");
        return images;
    }

    private static void readCategories(Path file, JsonParser parser, JsonToken start, List<CocoCategory> into)
            throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (start != JsonToken.START_ARRAY && start != JsonToken.START_OBJECT) {
            throw notAnnotations(file, "\"categories\" is neither a list nor a map");
        }
        // COCO and pyvww give a list; TF-slim writes a map from id to category.
        for (JsonNode category : node) {
            if (category.hasNonNull("id") && category.hasNonNull("name")) {
                into.add(new CocoCategory(category.get("id").asLong(), category.get("name").asText()));
            }
        }
    }

    private static List<CocoAnnotation> readCocoAnnotations(Path file, JsonParser parser) throws IOException {
        List<CocoAnnotation> annotations = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long imageId = -1;
            long categoryId = -1;
            double area = Double.NaN;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "image_id" -> imageId = parser.getValueAsLong(-1);
                    case "category_id" -> categoryId = parser.getValueAsLong(-1);
                    case "area" -> area = parser.getValueAsDouble(Double.NaN);
                    default -> parser.skipChildren();
                }
            }
            if (imageId < 0) {
                throw notAnnotations(file, "annotations[" + annotations.size() + "] has no \"image_id\"");
            }
            annotations.add(new CocoAnnotation(imageId, categoryId, area));
        }
        requireEndOfList(file, parser, "annotations");
        return annotations;
    }

    private static Map<Long, TfSlimEntry> readTfSlimEntries(Path file, JsonParser parser) throws IOException {
        Map<Long, TfSlimEntry> entries = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            JsonNode value = parser.readValueAsTree();
            long imageId;
            try {
                imageId = Long.parseLong(key);
            } catch (NumberFormatException e) {
                throw notAnnotations(file, "annotation key \"" + key + "\" is not an image id");
            }
            entries.put(imageId, tfSlimEntry(file, key, value));
        }
        return entries;
    }

    private static TfSlimEntry tfSlimEntry(Path file, String key, JsonNode value) {
        boolean older = value.isArray();
        JsonNode entry = older ? value.path(0) : value;
        if (!entry.isObject()) {
            throw notAnnotations(file, "annotations[\"" + key + "\"] is not an object or a list holding one");
        }
        JsonNode label = entry.get("label");
        if (label != null && !(label.canConvertToInt() && (label.asInt() == 0 || label.asInt() == 1))) {
            throw notAnnotations(file, "annotations[\"" + key + "\"].label is " + label + "; allowed: 0 or 1");
        }
        JsonNode objects = entry.path(older ? "object" : "objects");
        double[] areas = new double[objects.size()];
        for (int i = 0; i < areas.length; i++) {
            areas[i] = objects.get(i).path("area").asDouble(Double.NaN);
        }
        return new TfSlimEntry(label == null ? null : label.asInt(), areas, older);
    }

    private static JsonNode requireNumber(Path file, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw notAnnotations(file, where + " has no number \"" + field + "\"");
        }
        return value;
    }

    private static void requireEndOfList(Path file, JsonParser parser, String list) {
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw notAnnotations(file, "\"" + list + "\" holds something other than objects");
        }
    }

    static IllegalArgumentException notAnnotations(Path file, String why) {
        return new IllegalArgumentException(file + ": not a Visual Wake Words / COCO annotation file: " + why);
    }
}
