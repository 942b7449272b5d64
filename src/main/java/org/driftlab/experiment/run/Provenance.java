package org.driftlab.experiment.run;

import ai.djl.engine.Engine;
import org.driftlab.Version;

/** Where and with what a run was computed, recorded in every run.json. */
public record Provenance(String driftlabVersion, String javaVersion, String djlVersion, String engine,
                         String engineVersion, String device, String os, int processors) {

    public static Provenance capture(String device) {
        Engine engine = Engine.getInstance();
        return new Provenance(Version.get(), System.getProperty("java.version"), Engine.getDjlVersion(),
                engine.getEngineName(), engine.getVersion(), device,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }
}
