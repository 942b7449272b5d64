package org.driftlab.experiment;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftlab.AtomicFiles;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;

/**
 * A parameter sweep: every point is a drift experiment with its own configuration (optionally after HWA
 * fine-tuning), recorded in its own folder under points/. Finished points are skipped when the same sweep runs
 * again, so a crashed, killed or cancelled sweep resumes; a shard I/N runs the points whose index is I-1 mod N.
 */
public final class SweepJob {
    private final ExperimentSpec spec;
    private final Path folder;
    private final int shard;
    private final int shards;
    private final JobListener listener;
    private final Cancellation cancellation;

    public SweepJob(ExperimentSpec spec, Path folder, int shard, int shards, JobListener listener,
                    Cancellation cancellation) {
        if (spec.sweep() == null) {
            throw new IllegalArgumentException("the experiment has no sweep section");
        }
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new IllegalArgumentException("--shard I/N needs 1 <= I <= N, got " + shard + "/" + shards);
        }
        this.spec = spec;
        this.folder = folder;
        this.shard = shard;
        this.shards = shards;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** @return the number of points this shard finished in this call (skipped ones not counted) */
    public int run() throws IOException {
        List<String> layers = layerNames();
        List<SweepSpec.Point> points = spec.sweep().points(layers, spec.seed());
        ObjectNode header = RunHeader.of("sweep", spec, ComputeDevice.resolve(spec.device()));
        header.put("points", points.size());
        header.put("shard", shard + "/" + shards);
        RunWriter writer = new RunWriter(folder, header);
        int ran = 0;
        try {
            List<SweepSpec.Point> mine = points.stream().filter(p -> SweepSpec.inShard(p, shard, shards)).toList();
            for (int i = 0; i < mine.size(); i++) {
                SweepSpec.Point point = mine.get(i);
                Path pointFolder = folder.resolve(SweepResults.POINTS).resolve(String.format("%04d", point.index()));
                if (SweepResults.isCompleted(pointFolder)) {
                    listener.message("point " + point.index() + " (" + point.label() + ") is done already: skipped");
                    continue;
                }
                cancellation.throwIfCancelled();
                listener.message("point " + point.index() + " (" + (i + 1) + "/" + mine.size() + " of this shard): "
                        + point.label());
                runPoint(point, pointFolder, layers);
                SweepResults.write(folder);
                ran++;
            }
            writer.finish("completed");
        } catch (Cancellation.CancelledException e) {
            SweepResults.write(folder);
            writer.finish("cancelled");
            throw e;
        } catch (RuntimeException | IOException e) {
            writer.log("failed: " + e);
            writer.finish("failed");
            throw e;
        }
        return ran;
    }

    private void runPoint(SweepSpec.Point point, Path pointFolder, List<String> layers) throws IOException {
        RpuConfig config = ConfigTree.withAll(spec.config(), point.values());
        Set<String> digitalLayers = new LinkedHashSet<>(spec.digitalLayers());
        if (point.analogLayer() != null) {
            digitalLayers.addAll(layers);
            digitalLayers.remove(point.analogLayer());
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("index", point.index());
        description.put("label", point.label());
        description.put("values", point.values());
        description.put("analog_layer", point.analogLayer());
        AtomicFiles.write(pointFolder.resolve(SweepResults.POINT),
                RunWriter.JSON.writeValueAsString(description));
        Path checkpoint = spec.checkpoint();
        SweepSpec.HwaStep hwa = spec.sweep().hwa();
        if (hwa != null) {
            checkpoint = pointFolder.resolve("hwa.ckpt");
            OptimizerSpec optimizer = new OptimizerSpec("sgd", hwa.learningRate(), 0.9, 0, "cosine", 0, 1, 0.1, 0);
            TrainSpec train = new TrainSpec(CheckpointFiles.read(spec.checkpoint()).spec(), spec.data(), hwa.epochs(),
                    64, optimizer, 0, 0, spec.seed(), hwa.limit(), null, config, digitalLayers, spec.checkpoint(), checkpoint,
                    false);
            new TrainingJob(train, ComputeDevice.resolve(spec.device()), listener, cancellation).run();
        }
        new DriftJob(spec.forPoint(config, checkpoint, digitalLayers), pointFolder, DriftListener.of(listener),
                cancellation).run();
    }

    private List<String> layerNames() {
        if (!spec.sweep().layerSensitivity()) {
            return List.of();
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            LoadedCheckpoint loaded = CheckpointFiles.load(spec.checkpoint(), manager, null);
            try (Network network = loaded.network()) {
                return new ArrayList<>(network.weightLayers().keySet());
            }
        }
    }
}
