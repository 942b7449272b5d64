package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The MLPerf Tiny VWW evaluation set (benchmark/evaluation/datasets/vww01): raw 96×96×3 RGB uint8 .bin files and
 * y_labels.csv lines such as {@code 000000343218.bin,2,1}: the file, the class count, the label (person = 1).
 */
public final class MlperfTinyDataset implements ImageDataset {
    public static final int SIZE = 96;
    public static final String LABELS_FILE = "y_labels.csv";
    private static final int BYTES = SIZE * SIZE * 3;

    private final Path root;
    private final Path labelsFile;
    private final List<Path> files;
    private final int[] labels;
    private String fingerprint;

    private MlperfTinyDataset(Path root, Path labelsFile, List<Path> files, int[] labels) {
        this.root = root;
        this.labelsFile = labelsFile;
        this.files = files;
        this.labels = labels;
    }

    /** Reads root/y_labels.csv, or the given labels file when not null. */
    public static MlperfTinyDataset open(Path root, Path labelsFile) throws IOException {
        VwwDatasets.requireRoot(root);
        Path csv = labelsFile == null ? root.resolve(LABELS_FILE) : labelsFile;
        if (!Files.isRegularFile(csv)) {
            throw new NoSuchFileException(csv.toString(), null, "MLPerf Tiny labels file (" + LABELS_FILE
                    + ") not found");
        }
        List<Path> files = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        int[] labels = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] columns = line.split(",");
            String label = columns[columns.length - 1].strip();
            if (columns.length < 2 || !(label.equals("0") || label.equals("1"))) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + ": expected FILE.bin,CLASSES,LABEL with"
                        + " label 0 or 1, found \"" + line + "\"");
            }
            labels[files.size()] = Integer.parseInt(label);
            files.add(root.resolve(columns[0].strip()));
        }
        return new MlperfTinyDataset(root, csv, List.copyOf(files), java.util.Arrays.copyOf(labels, files.size()));
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public List<String> classNames() {
        return VwwLabels.CLASS_NAMES;
    }

    @Override
    public RawImage read(int index) throws IOException {
        Path file = files.get(index);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such image file");
        }
        byte[] pixels = Files.readAllBytes(file);
        if (pixels.length != BYTES) {
            throw new IOException("expected " + BYTES + " bytes (96×96×3 RGB), found " + pixels.length);
        }
        return new RawImage(SIZE, SIZE, 3, pixels);
    }

    @Override
    public String source(int index) {
        return files.get(index).toString();
    }

    @Override
    public String describe() {
        return "MLPerf Tiny VWW (" + size() + " raw 96×96 RGB images) under " + root;
    }

    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            Fingerprint print = new Fingerprint().text("MlperfTinyDataset").contents(labelsFile);
            for (Path file : files) {
                try {
                    print.text(file.getFileName() + "\t" + Files.size(file));
                } catch (IOException e) {
                    print.text(file.getFileName() + "\tunreadable");
                }
            }
            fingerprint = print.hex();
        }
        return fingerprint;
    }
}
