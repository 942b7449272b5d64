package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.driftlab.Assets;

/**
 * Fashion-MNIST from a folder of IDX files: the embedded default in {@code assets/fashion-mnist}, or a user's
 * folder. Split "train" reads the full {@code train-*} files when the folder has them, else the shipped
 * class-balanced {@code train-subset-*}; split "test" reads {@code t10k-*}. Images are 28×28 grey.
 */
public final class FashionMnist implements ImageDataset {
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    public static final List<String> SPLITS = List.of("train", "test");
    static final String SUBSET_IMAGES = "train-subset-images-idx3-ubyte.gz";
    static final String SUBSET_LABELS = "train-subset-labels-idx1-ubyte.gz";

    private final Path imagesFile;
    private final Path labelsFile;
    private final String split;
    private final IdxLabelledImages data;
    private String fingerprint;

    private FashionMnist(Path imagesFile, Path labelsFile, String split) throws IOException {
        this.imagesFile = imagesFile;
        this.labelsFile = labelsFile;
        this.split = split;
        this.data = IdxReader.readLabelled(imagesFile, labelsFile);
        for (int i = 0; i < data.count(); i++) {
            if ((data.labels()[i] & 0xFF) >= CLASS_NAMES.size()) {
                throw new IllegalArgumentException(labelsFile + ": label " + (data.labels()[i] & 0xFF) + " at index "
                        + i + " is not a Fashion-MNIST class (0–9)");
            }
        }
    }

    /** The embedded default (see {@link #embeddedDirectory()}). */
    public static FashionMnist embedded(String split) throws IOException {
        return open(embeddedDirectory(), split);
    }

    public static FashionMnist open(Path directory, String split) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a folder of Fashion-MNIST IDX files: " + directory);
        }
        return switch (split) {
            case "test" -> new FashionMnist(find(directory, "t10k-images-idx3-ubyte"),
                    find(directory, "t10k-labels-idx1-ubyte"), split);
            case "train" -> {
                Optional<Path> fullImages = existing(directory, "train-images-idx3-ubyte");
                Optional<Path> fullLabels = existing(directory, "train-labels-idx1-ubyte");
                yield fullImages.isPresent() && fullLabels.isPresent()
                        ? new FashionMnist(fullImages.get(), fullLabels.get(), split)
                        : new FashionMnist(find(directory, "train-subset-images-idx3-ubyte"),
                                find(directory, "train-subset-labels-idx1-ubyte"), split);
            }
            default -> throw new IllegalArgumentException("unknown split '" + split + "'; allowed: "
                    + String.join(", ", SPLITS));
        };
    }

    /** The folder of the embedded data set, {@code assets/fashion-mnist} (see {@link Assets}). */
    public static Path embeddedDirectory() {
        return Assets.find("fashion-mnist");
    }

    private static Optional<Path> existing(Path directory, String baseName) {
        for (String name : List.of(baseName + ".gz", baseName)) {
            Path file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Path find(Path directory, String baseName) {
        return existing(directory, baseName).orElseThrow(() -> new IllegalArgumentException(
                "missing " + baseName + "(.gz) in " + directory));
    }

    public String split() {
        return split;
    }

    @Override
    public int size() {
        return data.count();
    }

    @Override
    public int label(int index) {
        return data.labels()[index] & 0xFF;
    }

    @Override
    public List<String> classNames() {
        return CLASS_NAMES;
    }

    @Override
    public RawImage read(int index) {
        IdxImages images = data.images();
        return new RawImage(images.columns(), images.rows(), 1, images.image(index));
    }

    @Override
    public String source(int index) {
        return imagesFile.getFileName() + "#" + index;
    }

    @Override
    public String describe() {
        return "Fashion-MNIST " + split + " (" + size() + " images, " + imagesFile.getFileName() + ") in "
                + imagesFile.getParent();
    }

    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            fingerprint = new Fingerprint().contents(imagesFile).contents(labelsFile).hex();
        }
        return fingerprint;
    }
}
