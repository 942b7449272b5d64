package org.driftlab;

import org.driftlab.cli.DriftlabCommand;

/** The entry point: the command line with a verb; without one, the CLI help until the desktop app exists. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(DriftlabCommand.run(args));
    }
}
