package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import java.nio.file.Path;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class DistillationTest extends WithTensorManager {
    private static final Path TEACHER = Path.of("teacher.ckpt");

    @Test
    void theSoftTermIsTheTemperatureScaledDivergenceFromTheTeacher() {
        float[] teacher = {2f, 0f, -1f};
        float[] student = {0.5f, 1f, 0f};
        double t = 2;
        double[] p = softmax(teacher, t);
        double[] q = softmax(student, t);
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            divergence += p[i] * Math.log(p[i] / q[i]);
        }
        NDArray labelLoss = manager.create(0.7f);
        NDArray loss = new Distillation(TEACHER, t, 0.25).loss(manager.create(student).reshape(1, 3),
                manager.create(teacher).reshape(1, 3), labelLoss);
        assertEquals(0.25 * t * t * divergence + 0.75 * 0.7, loss.getFloat(), 1e-5);
    }

    @Test
    void aStudentThatMatchesTheTeacherPaysOnlyTheLabelTerm() {
        NDArray logits = manager.create(new float[] {1f, -2f, 0.5f, 3f, 0f, 0f}).reshape(2, 3);
        NDArray loss = new Distillation(TEACHER, 4, 0.5).loss(logits, logits.duplicate(), manager.create(1.2f));
        assertEquals(0.6, loss.getFloat(), 1e-5);
    }

    @Test
    void theGradientPullsTheStudentTowardsTheTeacher() {
        NDArray teacher = manager.create(new float[] {3f, 0f, 0f}).reshape(1, 3);
        NDArray student = manager.create(new float[] {0f, 0f, 0f}).reshape(1, 3);
        student.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(new Distillation(TEACHER, 1, 1).loss(student, teacher, manager.create(0f)));
        }
        float[] gradient = student.getGradient().toFloatArray();
        assertTrue(gradient[0] < 0 && gradient[1] > 0 && gradient[2] > 0,
                "a step against the gradient raises the teacher's class: " + java.util.Arrays.toString(gradient));
    }

    @Test
    void badSettingsNameTheOptionAndWhatIsAllowed() {
        var temperature = assertThrows(IllegalArgumentException.class, () -> new Distillation(TEACHER, 0, 0.5));
        assertTrue(temperature.getMessage().contains("--distill-temperature must be a positive number, got 0"),
                temperature.getMessage());
        var weight = assertThrows(IllegalArgumentException.class, () -> new Distillation(TEACHER, 4, 1.5));
        assertTrue(weight.getMessage().contains("--distill-weight must be in (0, 1], got 1.5"), weight.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Distillation(TEACHER, Double.NaN, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Distillation(TEACHER, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new Distillation(null, 4, 0.5));
    }

    private static double[] softmax(float[] logits, double t) {
        double[] e = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            e[i] = Math.exp(logits[i] / t);
            sum += e[i];
        }
        for (int i = 0; i < e.length; i++) {
            e[i] /= sum;
        }
        return e;
    }
}
