package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Visual Wake Words as pyvww writes it (instances_train.json / instances_val.json): COCO JSON whose categories are
 * not-person (0) and person (1) and whose annotations are only the person boxes above 0.5 % of the image. The
 * label is 1 when an image has any annotation. Images are listed in id order and read from root/file_name.
 */
public final class PyvwwDataset extends ImageFileDataset {
    private final Path root;
    private final Path annotationFile;

    private PyvwwDataset(Path root, Path annotationFile, List<Path> files, int[] labels) {
        super(files, labels, VwwLabels.CLASS_NAMES);
        this.root = root;
        this.annotationFile = annotationFile;
    }

    public static PyvwwDataset open(Path root, Path annotationFile) throws IOException {
        VwwDatasets.requireRoot(root);
        VwwAnnotationFile annotations = VwwAnnotationFile.read(annotationFile);
        if (annotations.categoryId("person") < 0 || annotations.categoryId("not-person") < 0) {
            throw VwwAnnotationFile.notAnnotations(annotationFile, "a pyvww file has the categories not-person and"
                    + " person, this one has " + annotations.categories().stream().map(CocoCategory::name).toList()
                    + " (for raw COCO instances use --format coco)");
        }
        if (annotations.cocoAnnotations() == null) {
            throw VwwAnnotationFile.notAnnotations(annotationFile, "a pyvww file has a COCO \"annotations\" list"
                    + (annotations.tfSlimEntries() != null ? " (this is a TF-slim map: use --format tf-slim)" : ""));
        }
        Set<Long> annotated = new HashSet<>();
        annotations.cocoAnnotations().forEach(a -> annotated.add(a.imageId()));
        List<CocoImage> images = annotations.imagesById();
        List<Path> files = new ArrayList<>(images.size());
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            files.add(VwwAnnotationFile.imagePath(root, images.get(i).fileName()));
            labels[i] = annotated.contains(images.get(i).id()) ? VwwLabels.PERSON : VwwLabels.NOT_PERSON;
        }
        return new PyvwwDataset(root, annotationFile, files, labels);
    }

    @Override
    void fingerprintExtra(Fingerprint fingerprint) {
        fingerprint.contents(annotationFile);
    }

    @Override
    public String describe() {
        return "Visual Wake Words (pyvww) " + annotationFile.getFileName() + ", " + size() + " images under " + root;
    }

}
