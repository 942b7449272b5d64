package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Visual Wake Words as the TF-slim scripts write it (instances_visualwakewords_*.json): "annotations" maps each
 * image id to {"objects": [...], "label": 0|1} (download_and_convert_visualwakewords) or, in the older
 * build_visualwakewords_data, to a one-element list [{"image_id", "label", "object": [...], "count"}]. The stored
 * label is used; without one the boxes decide (newer: area strictly above 0.5 %, older: at least 0.5 %). An image
 * without an entry is not-person.
 */
public final class TfSlimVwwDataset extends ImageFileDataset {
    private final Path root;
    private final Path annotationFile;

    private TfSlimVwwDataset(Path root, Path annotationFile, List<Path> files, int[] labels) {
        super(files, labels, VwwLabels.CLASS_NAMES);
        this.root = root;
        this.annotationFile = annotationFile;
    }

    public static TfSlimVwwDataset open(Path root, Path annotationFile) throws IOException {
        VwwDatasets.requireRoot(root);
        VwwAnnotationFile annotations = VwwAnnotationFile.read(annotationFile);
        if (annotations.tfSlimEntries() == null) {
            throw VwwAnnotationFile.notAnnotations(annotationFile, "a TF-slim file maps image ids to annotations"
                    + (annotations.cocoAnnotations() != null ? "; this one has a COCO list (use --format pyvww or"
                    + " coco)" : "; this one has no \"annotations\""));
        }
        List<CocoImage> images = annotations.imagesById();
        List<Path> files = new ArrayList<>(images.size());
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            CocoImage image = images.get(i);
            files.add(VwwAnnotationFile.imagePath(root, image.fileName()));
            TfSlimEntry entry = annotations.tfSlimEntries().get(image.id());
            labels[i] = entry == null ? VwwLabels.NOT_PERSON : label(entry, (double) image.width() * image.height());
        }
        return new TfSlimVwwDataset(root, annotationFile, files, labels);
    }

    static int label(TfSlimEntry entry, double imageArea) {
        if (entry.label() != null) {
            return entry.label();
        }
        for (double area : entry.boxAreas()) {
            boolean person = entry.olderVariant() ? VwwLabels.countsAsPersonInclusive(area, imageArea)
                    : VwwLabels.countsAsPerson(area, imageArea);
            if (person) {
                return VwwLabels.PERSON;
            }
        }
        return VwwLabels.NOT_PERSON;
    }

    @Override
    void fingerprintExtra(Fingerprint fingerprint) {
        fingerprint.contents(annotationFile);
    }

    @Override
    public String describe() {
        return "Visual Wake Words (TF-slim) " + annotationFile.getFileName() + ", " + size() + " images under "
                + root;
    }
}
