package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A dataset of encoded image files with known labels; subclasses decide how the list is found. */
abstract class ImageFileDataset implements ImageDataset {
    private final List<Path> files;
    private final int[] labels;
    private final List<String> classNames;
    private String fingerprint;

    ImageFileDataset(List<Path> files, int[] labels, List<String> classNames) {
        if (files.size() != labels.length) {
            throw new IllegalArgumentException(files.size() + " files but " + labels.length + " labels");
        }
        this.files = List.copyOf(files);
        this.labels = labels.clone();
        this.classNames = List.copyOf(classNames);
    }

    Path file(int index) {
        return files.get(index);
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
        return classNames;
    }

    @Override
    public RawImage read(int index) throws IOException {
        return ImageFiles.readRgb(files.get(index));
    }

    @Override
    public String source(int index) {
        return files.get(index).toString();
    }

    /** Hashes what identifies the data beyond the listed names and labels (an annotation file, file sizes). */
    abstract void fingerprintExtra(Fingerprint fingerprint);

    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            Fingerprint print = new Fingerprint().text(getClass().getSimpleName()).text(classNames.toString());
            fingerprintExtra(print);
            for (int i = 0; i < files.size(); i++) {
                print.text(files.get(i).getFileName() + "\t" + labels[i]);
            }
            fingerprint = print.hex();
        }
        return fingerprint;
    }
}
