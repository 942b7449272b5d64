package org.driftlab;

import org.driftlab.app.DesktopLauncher;
import org.driftlab.cli.DriftlabCommand;

/** The entry point: without arguments the desktop explorer, with a verb the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeThreads.configure();
        LibtorchVersionCheck.warnIfMismatched();
        if (args.length == 0) {
            System.exit(DesktopLauncher.open(args));
        }
        System.exit(DriftlabCommand.run(args));
    }
}
