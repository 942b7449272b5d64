package org.driftlab.experiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import org.driftlab.model.Network;

/**
 * Scores a network in evaluation mode on an evaluation set: mean loss, accuracy and, for two classes, precision,
 * recall and F1 of the positive class. A network with one output is read as a sigmoid probability (the original
 * study's head); otherwise the outputs are class scores.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static Score score(Network network, EvaluationSet set, Cancellation cancellation) {
        double lossSum = 0;
        long correct = 0;
        long truePositive = 0;
        long falsePositive = 0;
        long falseNegative = 0;
        long count = 0;
        boolean twoClasses = set.classNames().size() == 2;
        for (int b = 0; b < set.batches(); b++) {
            cancellation.throwIfCancelled();
            NDArray images = set.images(b);
            try (NDManager step = images.getManager().newSubManager()) {
                images.tempAttach(step);
                NDArray labels = set.labels(b);
                labels.tempAttach(step);
                NDArray outputs = network.forward(new ParameterStore(step, false), new NDList(images), false)
                        .singletonOrThrow();
                NDArray predicted;
                NDArray losses;
                if (outputs.getShape().get(1) == 1) {
                    NDArray probability = outputs.reshape(-1).clip(1e-7f, 1 - 1e-7f);
                    NDArray target = labels.toType(DataType.FLOAT32, false);
                    losses = target.mul(probability.log()).add(target.neg().add(1f).mul(probability.neg().add(1f).log()))
                            .neg();
                    predicted = probability.gt(0.5f).toType(DataType.INT64, false);
                } else {
                    NDArray logProbabilities = outputs.logSoftmax(1);
                    losses = logProbabilities.gather(labels.reshape(-1, 1), 1).reshape(-1).neg();
                    predicted = outputs.argMax(1);
                }
                lossSum += losses.sum().getFloat();
                NDArray hits = predicted.eq(labels);
                correct += hits.sum().toType(DataType.INT64, false).getLong();
                if (twoClasses) {
                    NDArray positive = predicted.eq(1L);
                    NDArray actual = labels.eq(1L);
                    truePositive += positive.logicalAnd(actual).sum().toType(DataType.INT64, false).getLong();
                    falsePositive += positive.logicalAnd(actual.logicalNot()).sum().toType(DataType.INT64, false).getLong();
                    falseNegative += positive.logicalNot().logicalAnd(actual).sum().toType(DataType.INT64, false).getLong();
                }
                count += labels.size();
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no images to evaluate");
        }
        Double precision = null;
        Double recall = null;
        Double f1 = null;
        if (twoClasses) {
            precision = truePositive + falsePositive == 0 ? 0.0 : (double) truePositive / (truePositive + falsePositive);
            recall = truePositive + falseNegative == 0 ? 0.0 : (double) truePositive / (truePositive + falseNegative);
            f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
        return new Score(count, lossSum / count, (double) correct / count, precision, recall, f1);
    }
}
