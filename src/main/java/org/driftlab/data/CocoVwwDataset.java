package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visual Wake Words made on the fly from raw COCO instances JSON (instances_val2014.json …): label 1 when some
 * box of the category named "person" covers strictly more than 0.5 % of the image, as pyvww's script decides.
 */
public final class CocoVwwDataset extends ImageFileDataset {
    private final Path root;
    private final Path annotationFile;

    private CocoVwwDataset(Path root, Path annotationFile, List<Path> files, int[] labels) {
        super(files, labels, VwwLabels.CLASS_NAMES);
        this.root = root;
        this.annotationFile = annotationFile;
    }

    public static CocoVwwDataset open(Path root, Path annotationFile) throws IOException {
        VwwDatasets.requireRoot(root);
        VwwAnnotationFile annotations = VwwAnnotationFile.read(annotationFile);
        long person = annotations.categoryId("person");
        if (person < 0) {
            throw VwwAnnotationFile.notAnnotations(annotationFile, "no category named \"person\" among "
                    + annotations.categories().stream().map(CocoCategory::name).toList());
        }
        if (annotations.cocoAnnotations() == null) {
            throw VwwAnnotationFile.notAnnotations(annotationFile, "COCO instances have an \"annotations\" list"
                    + (annotations.tfSlimEntries() != null ? " (this is a TF-slim map: use --format tf-slim)" : ""));
        }
        Map<Long, Double> imageAreas = new HashMap<>();
        annotations.images().forEach(image -> imageAreas.put(image.id(), (double) image.width() * image.height()));
        Set<Long> withPerson = new HashSet<>();
        for (CocoAnnotation annotation : annotations.cocoAnnotations()) {
            Double imageArea = imageAreas.get(annotation.imageId());
            if (annotation.categoryId() == person && imageArea != null
                    && VwwLabels.countsAsPerson(annotation.area(), imageArea)) {
                withPerson.add(annotation.imageId());
            }
        }
        List<CocoImage> images = annotations.imagesById();
        List<Path> files = new ArrayList<>(images.size());
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            files.add(VwwAnnotationFile.imagePath(root, images.get(i).fileName()));
            labels[i] = withPerson.contains(images.get(i).id()) ? VwwLabels.PERSON : VwwLabels.NOT_PERSON;
        }
        return new CocoVwwDataset(root, annotationFile, files, labels);
    }

    @Override
    void fingerprintExtra(Fingerprint fingerprint) {
        fingerprint.contents(annotationFile);
    }

    @Override
    public String describe() {
        return "Visual Wake Words from COCO " + annotationFile.getFileName() + ", " + size() + " images under " + root;
    }
}
