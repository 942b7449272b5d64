package org.driftlab.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.driftlab.config.ConfigTree;
import org.driftlab.experiment.run.Provenance;
import org.driftlab.experiment.run.RunWriter;

/** The start of every run.json: what was run, with which configuration, seed and provenance. */
final class RunHeader {
    private RunHeader() {
    }

    static ObjectNode of(String kind, ExperimentSpec spec, ComputeDevice device) {
        ObjectNode header = RunWriter.JSON.createObjectNode();
        header.put("schema_version", 1);
        header.put("kind", kind);
        header.put("name", spec.name());
        header.put("model", spec.model());
        header.put("dataset", spec.data().describe());
        header.put("split", spec.split());
        header.put("limit", spec.limit());
        header.put("repetitions", spec.repetitions());
        header.put("seed", spec.seed());
        header.set("times", RunWriter.JSON.valueToTree(spec.times()));
        header.set("experiment", spec.source());
        header.set("config", ConfigTree.toTree(spec.config()));
        header.set("provenance", RunWriter.JSON.valueToTree(Provenance.capture(device.describe())));
        return header;
    }
}
