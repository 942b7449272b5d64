package org.driftlab.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.run.RunStore;

/**
 * Makes the README's screenshot: opens the main window on a real display (run under xvfb-run), starts the
 * quickstart and takes the picture once some points are plotted. Also prints how long the first point took.
 * Usage (after mvn test-compile and mvn package):
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/test-classes:target/driftlab.jar
 * org.driftlab.app.ExplorerScreenshot docs/explorer.png [VIEW_TAB]   (-Dpresentation=true: in presentation mode;
 *   -Dexpand=TITLE: that section of the experiment form open, the others closed)
 */
public final class ExplorerScreenshot {
    private static Path output;
    private static String view;
    private static final int POINTS = 5;

    public static void main(String[] args) {
        output = Path.of(args.length > 0 ? args[0] : "docs/explorer.png");
        view = args.length > 1 ? args[1] : null;
        Application.launch(Shooter.class);
    }

    /** The application that shoots; a nested class, since the main class of a classpath launch must not be one. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path scratch = Files.createTempDirectory("driftlab-screenshot");
            AppContext context = new AppContext(new JobQueue(), new RunStore(scratch.resolve("runs")),
                    new SettingsStore(scratch.resolve("settings.json")), new Workspace(), Platform::runLater);
            MainWindow window = new MainWindow(context, stage);
            window.show();
            context.workspace().presentationProperty().set(Boolean.getBoolean("presentation"));
            window.experiment().openExperiment(Path.of("sample-configs/quickstart.yaml"));
            window.experiment().model().limit().set("500");
            long started = System.nanoTime();
            window.experiment().runDrift();
            PauseTransition poll = new PauseTransition(Duration.millis(200));
            boolean[] reported = {false};
            poll.setOnFinished(e -> {
                int points = window.accuracy().model().pointCount();
                if (points > 0 && !reported[0]) {
                    reported[0] = true;
                    System.out.printf("first point after %.1f s%n", (System.nanoTime() - started) / 1e9);
                }
                if (points >= POINTS) {
                    PauseTransition settle = new PauseTransition(Duration.millis(500));
                    if (view != null) {
                        window.selectView(view);
                    }
                    String expand = System.getProperty("expand");
                    if (expand != null) {
                        window.root().lookupAll(".titled-pane").forEach(node -> {
                            javafx.scene.control.TitledPane pane = (javafx.scene.control.TitledPane) node;
                            pane.setExpanded(expand.equals(pane.getText()));
                        });
                    }
                    settle.setOnFinished(done -> {
                        save(window);
                        context.jobs().close();
                        Platform.exit();
                    });
                    settle.play();
                } else {
                    poll.playFromStart();
                }
            });
            poll.play();
        }

        private static void save(MainWindow window) {
            try {
                File file = output.toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(window.root().getScene().snapshot(null), null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
