package org.driftlab.experiment;

/**
 * How well a network classifies a set of images. Precision, recall and F1 are for the positive class (index 1)
 * of a two-class task and null otherwise.
 */
public record Score(long count, double loss, double accuracy, Double precision, Double recall, Double f1) {
}
