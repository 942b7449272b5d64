package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder per class (MLPerf Tiny's vw_coco2014_96: person/ and non_person/): the sorted subfolder names are the
 * classes, and every file directly inside one is an image of that class. The VWW folder names map to the VWW class
 * names (non_person → not-person), so the usual layout gives not-person = 0, person = 1.
 */
public final class FolderDataset extends ImageFileDataset {
    private final Path root;

    private FolderDataset(Path root, List<Path> files, int[] labels, List<String> classNames) {
        super(files, labels, classNames);
        this.root = root;
    }

    public static FolderDataset open(Path root) throws IOException {
        VwwDatasets.requireRoot(root);
        List<Path> classFolders;
        try (Stream<Path> children = Files.list(root)) {
            classFolders = children.filter(Files::isDirectory).filter(path -> !hidden(path)).sorted().toList();
        }
        if (classFolders.isEmpty()) {
            throw new IllegalArgumentException(root + ": no class folders; expected one subfolder per class, such as"
                    + " person/ and non_person/");
        }
        List<String> classNames = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int label = 0; label < classFolders.size(); label++) {
            Path folder = classFolders.get(label);
            classNames.add(className(folder.getFileName().toString()));
            try (Stream<Path> images = Files.list(folder)) {
                for (Path image : images.filter(Files::isRegularFile).filter(path -> !hidden(path)).sorted().toList()) {
                    files.add(image);
                    labels.add(label);
                }
            }
        }
        return new FolderDataset(root, files, labels.stream().mapToInt(Integer::intValue).toArray(), classNames);
    }

    private static String className(String folderName) {
        return switch (folderName) {
            case "non_person", "not_person", "not-person" -> "not-person";
            default -> folderName;
        };
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    @Override
    void fingerprintExtra(Fingerprint fingerprint) {
        for (int i = 0; i < size(); i++) {
            Path file = file(i);
            try {
                fingerprint.text(root.relativize(file) + "\t" + Files.size(file));
            } catch (IOException e) {
                fingerprint.text(root.relativize(file) + "\tunreadable");
            }
        }
    }

    @Override
    public String describe() {
        return "image folders " + classNames() + ", " + size() + " images under " + root;
    }
}
