package org.driftlab.data;

import java.nio.file.Path;

/**
 * Writes the shipped training subset: {@code java -cp target/classes:target/test-classes
 * org.driftlab.data.MakeFashionMnistSubset SOURCE_DIR assets/fashion-mnist} with SOURCE_DIR holding the full
 * train-*-ubyte.gz files (Debian's dataset-fashion-mnist installs them in /usr/share/datasets/fashion-mnist).
 */
public final class MakeFashionMnistSubset {
    static final int PER_CLASS = 1200;

    private MakeFashionMnistSubset() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        IdxLabelledImages full = IdxReader.readLabelled(source.resolve("train-images-idx3-ubyte.gz"),
                source.resolve("train-labels-idx1-ubyte.gz"));
        IdxLabelledImages subset = IdxSubset.firstPerClass(full, PER_CLASS);
        IdxWriter.writeImages(target.resolve(FashionMnist.SUBSET_IMAGES), subset.images());
        IdxWriter.writeLabels(target.resolve(FashionMnist.SUBSET_LABELS), subset.labels());
        System.out.println("wrote " + subset.count() + " images to " + target);
    }
}
