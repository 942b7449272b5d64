package org.driftlab.experiment;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Locale;

/**
 * The optimiser of a training run: SGD with momentum or AdamW, a learning-rate schedule over the whole run, and
 * weight decay.
 *
 * @param warmupEpochs epochs of a linear warm-up from lr/100 before the schedule starts (SqueezeNet without batch
 *                     norm can die at the start of training: every class output stuck below its ReLU)
 * @param schedule   constant, cosine (to {@code finalLr}), step (× gamma every {@code stepEpochs} epochs) or
 *                   exponential (× gamma per step, reaching {@code finalLr} at the end when gamma is 0)
 */
public record OptimizerSpec(String name, double learningRate, double momentum, double weightDecay, String schedule,
                            double finalLr, int stepEpochs, double gamma, int warmupEpochs) {

    public OptimizerSpec {
        name = name.toLowerCase(Locale.ROOT);
        schedule = schedule.toLowerCase(Locale.ROOT);
        if (!name.equals("sgd") && !name.equals("adamw")) {
            throw new IllegalArgumentException("--optimizer " + name + " is not known; allowed: sgd, adamw");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("--lr must be > 0, got " + learningRate);
        }
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("--momentum must be in [0, 1), got " + momentum);
        }
        if (weightDecay < 0) {
            throw new IllegalArgumentException("--weight-decay must be >= 0, got " + weightDecay);
        }
        if (!java.util.List.of("constant", "cosine", "step", "exponential").contains(schedule)) {
            throw new IllegalArgumentException("--schedule " + schedule
                    + " is not known; allowed: constant, cosine, step, exponential");
        }
        if (finalLr < 0 || finalLr > learningRate) {
            throw new IllegalArgumentException("--final-lr must be in [0, --lr], got " + finalLr);
        }
        if (stepEpochs < 1) {
            throw new IllegalArgumentException("--step-epochs must be at least 1, got " + stepEpochs);
        }
        if (warmupEpochs < 0) {
            throw new IllegalArgumentException("--warmup-epochs must be >= 0, got " + warmupEpochs);
        }
        if (gamma < 0 || gamma > 1) {
            throw new IllegalArgumentException("--gamma must be in [0, 1], got " + gamma);
        }
    }

    /**
     * @param epochsDone epochs already trained (when resuming): the schedule continues where it stopped
     */
    public Optimizer build(int updatesPerEpoch, int epochs, int epochsDone) {
        Tracker tracker = tracker(updatesPerEpoch, epochs);
        int offset = updatesPerEpoch * epochsDone;
        if (name.equals("adamw")) {
            return Optimizer.adamW().optLearningRateTracker(tracker).optWeightDecays((float) weightDecay)
                    .optBeginNumUpdate(offset).build();
        }
        return Optimizer.sgd().setLearningRateTracker(tracker).optMomentum((float) momentum)
                .optWeightDecays((float) weightDecay).optBeginNumUpdate(offset).build();
    }

    Tracker tracker(int updatesPerEpoch, int epochs) {
        int warmupUpdates = Math.min(warmupEpochs, epochs) * updatesPerEpoch;
        Tracker main = mainTracker(updatesPerEpoch, epochs - Math.min(warmupEpochs, epochs));
        if (warmupUpdates == 0) {
            return main;
        }
        return Tracker.warmUp().setMainTracker(main).optWarmUpSteps(warmupUpdates)
                .optWarmUpBeginValue((float) (learningRate / 100)).build();
    }

    private Tracker mainTracker(int updatesPerEpoch, int epochs) {
        int totalUpdates = Math.max(1, updatesPerEpoch * epochs);
        float base = (float) learningRate;
        return switch (schedule) {
            case "cosine" -> Tracker.cosine().setBaseValue(base).optFinalValue((float) finalLr)
                    .setMaxUpdates(totalUpdates).build();
            case "step" -> {
                int steps = Math.max(1, epochs / stepEpochs);
                int[] boundaries = new int[steps];
                for (int i = 0; i < steps; i++) {
                    boundaries[i] = (i + 1) * stepEpochs * updatesPerEpoch;
                }
                yield Tracker.multiFactor().setBaseValue(base).setSteps(boundaries).optFactor((float) gamma).build();
            }
            case "exponential" -> {
                double perStep = gamma > 0 ? gamma
                        : Math.pow(Math.max(finalLr, 1e-12) / learningRate, 1.0 / totalUpdates);
                yield Tracker.factor().setBaseValue(base).setFactor((float) perStep)
                        .optMinValue((float) Math.max(finalLr, 0)).build();
            }
            default -> Tracker.fixed(base);
        };
    }
}
