package org.driftlab.experiment;

import java.nio.file.Path;
import java.util.Set;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.Augmentation;
import org.driftlab.model.ModelSpec;

/**
 * A training run: digital training, or hardware-aware fine-tuning when {@code hwaConfig} is given (the weights
 * go through the analog tiles of that configuration in the forward pass, with the modifier, IO non-idealities,
 * clipping after each step; the backward pass is ideal).
 *
 * @param initialCheckpoint start from these weights (fine-tuning), or null to initialise afresh
 * @param validationFraction the share of the training images held out to choose the best epoch (0: none)
 * @param patience          stop after this many epochs without a better validation accuracy (0: never)
 * @param limit             train on the first N images only (0: all)
 * @param augmentation      what training does to each image (null: {@link Augmentation#CROP_FLIP})
 * @param distillation      a teacher whose outputs join the loss, or null for none
 */
public record TrainSpec(ModelSpec model, DatasetSource data, int epochs, int batchSize, OptimizerSpec optimizer,
                        double validationFraction, int patience, long seed, int limit, Augmentation augmentation,
                        RpuConfig hwaConfig, Set<String> digitalLayers, Path initialCheckpoint, Path out,
                        boolean resume, Distillation distillation) {

    /** A run without distillation. */
    public TrainSpec(ModelSpec model, DatasetSource data, int epochs, int batchSize, OptimizerSpec optimizer,
                     double validationFraction, int patience, long seed, int limit, Augmentation augmentation,
                     RpuConfig hwaConfig, Set<String> digitalLayers, Path initialCheckpoint, Path out,
                     boolean resume) {
        this(model, data, epochs, batchSize, optimizer, validationFraction, patience, seed, limit, augmentation,
                hwaConfig, digitalLayers, initialCheckpoint, out, resume, null);
    }

    public TrainSpec {
        digitalLayers = Set.copyOf(digitalLayers);
        if (augmentation == null) {
            augmentation = Augmentation.CROP_FLIP;
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be at least 1, got " + batchSize);
        }
        if (validationFraction < 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("--validation must be in [0, 1), got " + validationFraction);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("--patience must be >= 0 (0: no early stop), got " + patience);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be >= 0 (0: all images), got " + limit);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
    }

    public boolean hardwareAware() {
        return hwaConfig != null;
    }

    /** The file that holds the state after the latest epoch, for resuming. */
    public Path lastCheckpoint() {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(stem + ".last" + (dot > 0 ? name.substring(dot) : ""));
    }
}
