package org.driftlab.experiment;

import ai.djl.ndarray.NDArray;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Knowledge distillation (Hinton et al. 2015) in training: the loss mixes the usual loss on the labels with the
 * cross-entropy between the teacher's and the student's outputs, both softened by a temperature. In hardware-aware
 * training the student's outputs are the analog ones, so the teacher's soft targets act on the noisy network
 * (Zhou et al. 2020, "Noisy machines", found this makes networks more robust to analog noise). The teacher is a
 * digital checkpoint, evaluated without dropout.
 *
 * @param teacher     the teacher's checkpoint
 * @param temperature softens both distributions (T; T² keeps the soft term's gradients at the hard term's scale)
 * @param weight      the soft term's share of the loss, in (0, 1]; the labels' loss gets the rest
 */
public record Distillation(Path teacher, double temperature, double weight) {
    public static final double DEFAULT_TEMPERATURE = 4;
    public static final double DEFAULT_WEIGHT = 0.5;

    public Distillation {
        if (teacher == null) {
            throw new IllegalArgumentException("--teacher CHECKPOINT is required for distillation");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("--distill-temperature must be a positive number, got " + temperature);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("--distill-weight must be in (0, 1], got " + weight);
        }
    }

    /**
     * weight · T² · KL(softmax(teacher / T) ‖ softmax(student / T)) + (1 − weight) · labelLoss, the divergence
     * averaged over the batch. It is 0 when the student's outputs equal the teacher's, whatever T.
     *
     * @param studentLogits [batch, classes], with gradient
     * @param teacherLogits [batch, classes], without
     * @param labelLoss     the usual loss on the labels (a scalar)
     */
    NDArray loss(NDArray studentLogits, NDArray teacherLogits, NDArray labelLoss) {
        float t = (float) temperature;
        NDArray teacherLog = teacherLogits.div(t).logSoftmax(1);
        NDArray studentLog = studentLogits.div(t).logSoftmax(1);
        NDArray divergence = teacherLog.exp().mul(teacherLog.sub(studentLog)).sum(new int[] {1}).mean();
        return divergence.mul((float) (weight * temperature * temperature)).add(labelLoss.mul((float) (1 - weight)));
    }

    String describe() {
        return String.format(Locale.ROOT, "distilled from %s (temperature %g, weight %g)",
                teacher.getFileName(), temperature, weight);
    }
}
