package org.driftlab.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The points of a sweep: every combination of the axes (grid), a seeded random sample of them (random), or, for a
 * layer-sensitivity scan, one point per layer with only that layer analog.
 *
 * @param samples the number of random points (random mode)
 */
public record SweepSpec(String mode, List<SweepAxis> axes, int samples, boolean layerSensitivity, HwaStep hwa) {

    /** Optional hardware-aware fine-tuning before each point is evaluated. */
    public record HwaStep(int epochs, double learningRate, int limit) {
    }

    public SweepSpec {
        axes = List.copyOf(axes);
    }

    /** One point: its index in the full list, the key values, and for a layer scan the one analog layer. */
    public record Point(int index, Map<String, Object> values, String analogLayer) {
        public String label() {
            StringBuilder text = new StringBuilder();
            values.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            if (analogLayer != null) {
                text.append(text.length() == 0 ? "" : ", ").append("analog layer ").append(analogLayer);
            }
            return text.toString();
        }
    }

    /** The points in a fixed order, so that every shard and every rerun agree on them. */
    public List<Point> points(List<String> layers, long seed) {
        List<Point> points = new ArrayList<>();
        if (layerSensitivity) {
            for (String layer : layers) {
                points.add(new Point(points.size(), Map.of(), layer));
            }
            return points;
        }
        List<Map<String, Object>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (SweepAxis axis : axes) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : grid) {
                for (Object value : axis.values()) {
                    Map<String, Object> combined = new LinkedHashMap<>(partial);
                    combined.put(axis.key(), value);
                    next.add(combined);
                }
            }
            grid = next;
        }
        if (mode.equals("random")) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Map<String, Object>> chosen = new ArrayList<>();
            List<Map<String, Object>> pool = new ArrayList<>(grid);
            for (int i = 0; i < Math.min(samples, pool.size()); i++) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            grid = chosen;
        }
        for (Map<String, Object> values : grid) {
            points.add(new Point(points.size(), values, null));
        }
        return points;
    }

    /** Whether shard {@code shard} of {@code shards} (1-based) runs this point. */
    public static boolean inShard(Point point, int shard, int shards) {
        return point.index() % shards == shard - 1;
    }
}
