package org.driftlab.app.teaching;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.driftlab.app.experiment.ExperimentPanel;
import org.driftlab.config.ConfigTree;

/** Presentation mode's bar: pick a guided demo, read what to watch, run it. */
public final class DemoBar extends HBox {
    private final ComboBox<GuidedDemo> choice = new ComboBox<>();
    private final Label watch = new Label();

    public DemoBar(ExperimentPanel experiment, Consumer<JsonNode> configLoader) {
        super(10);
        setId("demo-bar");
        getStyleClass().add("demo-bar");
        setAlignment(Pos.CENTER_LEFT);
        choice.getItems().setAll(GuidedDemos.all());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(GuidedDemo demo) {
                return demo == null ? "" : demo.title();
            }

            @Override
            public GuidedDemo fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().addListener((obs, old, demo) -> watch.setText(demo == null ? ""
                : "Watch: " + demo.watch()));
        choice.getSelectionModel().selectFirst();
        watch.getStyleClass().add("demo-watch");
        watch.setWrapText(true);
        Button run = new Button("Run demo");
        run.setId("run-demo");
        run.getStyleClass().add("primary");
        run.setOnAction(e -> {
            GuidedDemo demo = choice.getValue();
            JsonNode tree = ConfigTree.toTree(GuidedDemos.config(demo));
            configLoader.accept(tree);
            experiment.model().name().set(demo.title().toLowerCase().replace(' ', '-'));
            experiment.model().compareUncompensated().set(demo.compareUncompensated());
            experiment.runDrift(tree);
        });
        Label title = new Label("Guided demo");
        title.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);
        choice.setMinWidth(Region.USE_PREF_SIZE);
        watch.setMinWidth(0);
        HBox.setHgrow(watch, Priority.ALWAYS);
        getChildren().addAll(title, choice, run, watch);
    }
}
