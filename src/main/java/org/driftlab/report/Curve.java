package org.driftlab.report;

import java.util.List;
import java.util.Objects;

/** A named accuracy-over-time curve; digitalBaseline (nullable) is the same network's digital accuracy. */
public record Curve(String name, List<CurvePoint> points, Double digitalBaseline) {
    public Curve {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
