package org.driftlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Visual Wake Words layout on small generated fixtures, with the label rules and the wrong layouts. */
class VwwDatasetsTest {
    // Image area 20 × 10 = 200: 0.5 % of it is exactly 1.0.
    private static final int WIDTH = 20;
    private static final int HEIGHT = 10;

    @TempDir
    Path root;

    private static Map<String, Object> image(long id, String fileName) {
        return Map.of("id", id, "file_name", fileName, "width", WIDTH, "height", HEIGHT, "license", 1);
    }

    private static Map<String, Object> box(long id, long imageId, long categoryId, double area) {
        return Map.of("id", id, "image_id", imageId, "category_id", categoryId, "area", area,
                "bbox", List.of(0, 0, 1, 1), "iscrowd", 0, "segmentation", List.of(List.of(0, 0, 1, 1)));
    }

    private List<Map<String, Object>> threeImages() {
        Fixtures.image(root.resolve("a.jpg"), WIDTH, HEIGHT);
        Fixtures.image(root.resolve("b.png"), WIDTH, HEIGHT);
        Fixtures.randomBytes(root.resolve("c.jpg"), 300, 7);
        // Listed out of id order: datasets list images by id, as pyvww does.
        return List.of(image(3, "c.jpg"), image(1, "a.jpg"), image(2, "b.png"));
    }

    @Test
    void pyvwwLabelsImagesWithAnyAnnotationAsPerson() throws IOException {
        Path annotations = Fixtures.json(root.resolve("instances_val.json"), Map.of(
                "info", Map.of("description", "Visual Wake Words Dataset"),
                "images", threeImages(),
                "categories", List.of(Map.of("supercategory", "background", "id", 0, "name", "not-person"),
                        Map.of("supercategory", "person", "id", 1, "name", "person")),
                "annotations", List.of(box(0, 2, 1, 1.01))));
        PyvwwDataset dataset = PyvwwDataset.open(root, annotations);
        assertEquals(3, dataset.size());
        assertEquals(List.of("not-person", "person"), dataset.classNames());
        assertEquals(List.of(0, 1, 0), labels(dataset));
        assertTrue(dataset.source(0).endsWith("a.jpg"));
        RawImage first = dataset.read(0);
        assertEquals(WIDTH, first.width());
        assertEquals(HEIGHT, first.height());
        assertEquals(3, first.channels());
        RawImage png = dataset.read(1);
        assertEquals(50, png.value(5, 3, 0));
        assertEquals(30, png.value(5, 3, 1));
        assertEquals(100, png.value(5, 3, 2));
        assertThrows(IOException.class, () -> dataset.read(2));
        assertTrue(dataset.fingerprint().matches("[0-9a-f]{64}"));
    }

    @Test
    void pyvwwRejectsFilesWithoutItsCategories() {
        Path annotations = Fixtures.json(root.resolve("raw.json"), Map.of("images", threeImages(),
                "categories", List.of(Map.of("id", 1, "name", "person"), Map.of("id", 2, "name", "bicycle")),
                "annotations", List.of()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PyvwwDataset.open(root, annotations));
        assertTrue(error.getMessage().contains("not-person") && error.getMessage().contains("--format coco"),
                error.getMessage());
    }

    @Test
    void cocoCountsPersonBoxesStrictlyAboveHalfAPercent() throws IOException {
        Path annotations = Fixtures.json(root.resolve("instances_val2014.json"), Map.of(
                "images", threeImages(),
                "categories", List.of(Map.of("id", 1, "name", "person"), Map.of("id", 2, "name", "bicycle")),
                "annotations", List.of(
                        box(10, 1, 1, 1.0),       // exactly 0.5 %: not a person
                        box(11, 2, 1, 1.0001),    // just above: a person
                        box(12, 3, 2, 150.0))));  // a big bicycle: not a person
        CocoVwwDataset dataset = CocoVwwDataset.open(root, annotations);
        assertEquals(List.of(0, 1, 0), labels(dataset));
    }

    @Test
    void cocoFindsImagesInTheirSplitFolder() throws IOException {
        Fixtures.image(root.resolve("val2014/COCO_val2014_000000000042.jpg"), 4, 4);
        Path annotations = Fixtures.json(root.resolve("instances.json"), Map.of(
                "images", List.of(image(42, "COCO_val2014_000000000042.jpg")),
                "categories", List.of(Map.of("id", 1, "name", "person")), "annotations", List.of()));
        CocoVwwDataset dataset = CocoVwwDataset.open(root, annotations);
        assertEquals(4, dataset.read(0).width());
    }

    @Test
    void cocoWithoutAPersonCategoryOrNotCocoAtAllIsAClearError() {
        List<Map<String, Object>> images = threeImages();
        Path noPerson = Fixtures.json(root.resolve("no-person.json"), Map.of("images", images,
                "categories", List.of(Map.of("id", 2, "name", "bicycle")), "annotations", List.of()));
        assertMessage(() -> CocoVwwDataset.open(root, noPerson), "no category named \"person\"");
        Path notCoco = Fixtures.json(root.resolve("other.json"), Map.of("name", "something else"));
        assertMessage(() -> CocoVwwDataset.open(root, notCoco), "no \"images\" list");
        Path array = Fixtures.json(root.resolve("array.json"), List.of(1, 2));
        assertMessage(() -> CocoVwwDataset.open(root, array), "not a JSON object");
        Path broken = Fixtures.write(root.resolve("broken.json"), "{\"images\": [".getBytes());
        assertMessage(() -> CocoVwwDataset.open(root, broken), "malformed JSON");
        assertThrows(NoSuchFileException.class, () -> CocoVwwDataset.open(root, root.resolve("missing.json")));
        assertMessage(() -> CocoVwwDataset.open(root.resolve("nowhere"), notCoco), "not a folder");
    }

    @Test
    void tfSlimReadsTheNewerMapVariant() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("1", Map.of("objects", List.of(), "label", 0));
        entries.put("2", Map.of("objects", List.of(Map.of("area", 50.0, "bbox", List.of(0, 0, 5, 10))), "label", 1));
        // Without a stored label the boxes decide: exactly 0.5 % is not a person in the newer scripts.
        entries.put("3", Map.of("objects", List.of(Map.of("area", 1.0, "bbox", List.of(0, 0, 1, 1)))));
        Path annotations = Fixtures.json(root.resolve("instances_visualwakewords_val2014.json"), Map.of(
                "images", threeImages(), "annotations", entries,
                "categories", Map.of("1", Map.of("id", 1, "name", "person"))));
        TfSlimVwwDataset dataset = TfSlimVwwDataset.open(root, annotations);
        assertEquals(List.of(0, 1, 0), labels(dataset));
    }

    @Test
    void tfSlimReadsTheOlderListVariantWithItsInclusiveThreshold() throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("1", List.of(Map.of("image_id", 1, "label", 1, "count", 1,
                "object", List.of(Map.of("area", 30.0, "bbox", List.of(0, 0, 5, 6), "category_id", 1)))));
        entries.put("2", List.of(Map.of("image_id", 2, "label", 0, "object", List.of(), "count", 0)));
        entries.put("3", List.of(Map.of("image_id", 3, "count", 1,
                "object", List.of(Map.of("area", 1.0, "bbox", List.of(0, 0, 1, 1), "category_id", 1)))));
        Path annotations = Fixtures.json(root.resolve("old.json"), Map.of("images", threeImages(),
                "annotations", entries, "categories", Map.of("1", Map.of("id", 1, "name", "person"))));
        TfSlimVwwDataset dataset = TfSlimVwwDataset.open(root, annotations);
        assertEquals(List.of(1, 0, 1), labels(dataset));
    }

    @Test
    void theThresholdRulesDifferOnlyAtExactlyHalfAPercent() {
        assertTrue(!VwwLabels.countsAsPerson(1.0, 200) && VwwLabels.countsAsPerson(1.001, 200));
        assertTrue(VwwLabels.countsAsPersonInclusive(1.0, 200) && !VwwLabels.countsAsPersonInclusive(0.999, 200));
    }

    @Test
    void tfSlimRejectsCocoListsAndBadLabels() {
        Path coco = Fixtures.json(root.resolve("coco.json"), Map.of("images", threeImages(),
                "categories", List.of(Map.of("id", 1, "name", "person")), "annotations", List.of()));
        assertMessage(() -> TfSlimVwwDataset.open(root, coco), "COCO list");
        Path badLabel = Fixtures.json(root.resolve("bad.json"), Map.of("images", threeImages(),
                "annotations", Map.of("1", Map.of("label", 7))));
        assertMessage(() -> TfSlimVwwDataset.open(root, badLabel), "allowed: 0 or 1");
    }

    @Test
    void foldersAreClassesAndVwwNamesMapToVwwClasses() throws IOException {
        Fixtures.image(root.resolve("person/p1.png"), 6, 5);
        Fixtures.image(root.resolve("person/p2.jpg"), 8, 7);
        Fixtures.image(root.resolve("non_person/n1.bmp"), 4, 3);
        Fixtures.randomBytes(root.resolve("non_person/broken.jpg"), 100, 1);
        FolderDataset dataset = FolderDataset.open(root);
        assertEquals(List.of("not-person", "person"), dataset.classNames());
        assertEquals(List.of(0, 0, 1, 1), labels(dataset));
        assertTrue(dataset.source(0).endsWith("broken.jpg"));
        assertThrows(IOException.class, () -> dataset.read(0));
        assertEquals(4, dataset.read(1).width());
        assertEquals(7, dataset.read(3).height());
    }

    @Test
    void aFolderWithoutClassFoldersIsAClearError() {
        Fixtures.image(root.resolve("loose.png"), 2, 2);
        assertMessage(() -> FolderDataset.open(root), "no class folders");
    }

    @Test
    void mlperfTinyReadsRawBinsAndTheLastCsvColumn() throws IOException {
        byte[] pixels = new byte[96 * 96 * 3];
        pixels[0] = (byte) 200;
        Fixtures.write(root.resolve("000000343218.bin"), pixels);
        Fixtures.write(root.resolve("000000000001.bin"), new byte[96 * 96 * 3]);
        Fixtures.write(root.resolve("000000000002.bin"), new byte[100]);
        Fixtures.write(root.resolve("y_labels.csv"),
                "000000343218.bin,2,1\n000000000001.bin,2,0\n000000000002.bin,2,1\n\n".getBytes());
        MlperfTinyDataset dataset = MlperfTinyDataset.open(root, null);
        assertEquals(3, dataset.size());
        assertEquals(List.of(1, 0, 1), labels(dataset));
        RawImage image = dataset.read(0);
        assertEquals(96, image.width());
        assertEquals(200, image.value(0, 0, 0));
        IOException wrongSize = assertThrows(IOException.class, () -> dataset.read(2));
        assertTrue(wrongSize.getMessage().contains("27648"), wrongSize.getMessage());
    }

    @Test
    void mlperfTinyRejectsBadCsvLines() {
        Fixtures.write(root.resolve("y_labels.csv"), "a.bin,2,1\nb.bin,2,person\n".getBytes());
        assertMessage(() -> MlperfTinyDataset.open(root, null), "line 2");
        assertThrows(NoSuchFileException.class, () -> MlperfTinyDataset.open(root, root.resolve("none.csv")));
    }

    @Test
    void formatsAreParsedByTheirCommandLineNames() {
        assertEquals(DatasetFormat.TF_SLIM, DatasetFormat.parse("tf-slim"));
        assertMessage(() -> DatasetFormat.parse("voc"), "allowed: pyvww, coco, tf-slim, folders, mlperf-tiny, idx");
        assertMessage(() -> DatasetFormat.PYVWW.open(root, null, null), "needs --annotations");
    }

    private static List<Integer> labels(ImageDataset dataset) {
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < dataset.size(); i++) {
            labels.add(dataset.label(i));
        }
        return labels;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void assertMessage(Action action, String expected) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
