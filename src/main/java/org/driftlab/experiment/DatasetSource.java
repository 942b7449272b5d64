package org.driftlab.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.driftlab.data.DatasetFormat;
import org.driftlab.data.FashionMnist;
import org.driftlab.data.ImageDataset;
import org.driftlab.data.Augmentation;
import org.driftlab.data.ImagePipeline;
import org.driftlab.data.StandardPipelines;

/**
 * Where a job's images come from: the embedded Fashion-MNIST (or an IDX folder holding it), or Visual Wake Words
 * in one of its layouts. Knows the matching preprocessing and the number of input channels.
 *
 * @param root        null for the embedded Fashion-MNIST
 * @param annotations the annotation file of VWW layouts that have one, else null
 */
public record DatasetSource(String name, DatasetFormat format, Path root, Path annotations) {
    public static final String FASHION_MNIST = "fashion-mnist";
    public static final String VWW = "vww";

    public DatasetSource {
        name = name.toLowerCase(Locale.ROOT);
        if (!name.equals(FASHION_MNIST) && !name.equals(VWW)) {
            throw new IllegalArgumentException("--dataset " + name + " is not known; allowed: fashion-mnist, vww");
        }
        if (name.equals(VWW) && (root == null || format == null)) {
            throw new IllegalArgumentException("--dataset vww needs --data-root DIR and --format "
                    + DatasetFormat.allowedNames());
        }
    }

    public static DatasetSource fashionMnist(Path rootOrNull) {
        return new DatasetSource(FASHION_MNIST, null, rootOrNull, null);
    }

    public boolean isFashionMnist() {
        return name.equals(FASHION_MNIST);
    }

    /** Fashion-MNIST is grey (one channel); VWW is RGB. */
    public int channels() {
        return isFashionMnist() ? 1 : 3;
    }

    public ImageDataset open(String split) throws IOException {
        if (isFashionMnist()) {
            return root == null ? FashionMnist.embedded(split) : FashionMnist.open(root, split);
        }
        return format.open(root, annotations, split);
    }

    public ImagePipeline evaluationPipeline(int size) {
        return isFashionMnist() ? StandardPipelines.fashionMnistEvaluation(size, false)
                : StandardPipelines.vwwEvaluation(size);
    }

    public ImagePipeline trainingPipeline(int size, Augmentation augmentation) {
        return isFashionMnist() ? StandardPipelines.fashionMnistTraining(size, false, augmentation)
                : StandardPipelines.vwwTraining(size, augmentation);
    }

    public String describe() {
        return isFashionMnist() ? (root == null ? "fashion-mnist (embedded)" : "fashion-mnist at " + root)
                : "vww (" + format.cliName() + ") at " + root;
    }
}
