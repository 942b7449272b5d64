package org.driftlab.app.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.driftlab.LibtorchVersionCheck;
import org.driftlab.app.AppContext;
import org.driftlab.app.Buttons;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.Augmentation;
import org.driftlab.data.DatasetFormat;
import org.driftlab.data.DatasetInspector;
import org.driftlab.data.InspectionReport;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.ShippedModels;
import org.driftlab.experiment.TrainSpec;
import org.driftlab.model.ModelSpec;

/**
 * The experiment panel: model, dataset, time grid, repetitions, seed, limit and device, and the actions that put
 * jobs on the queue (evaluate drift, sweep, layer-sensitivity scan, train, HWA fine-tune).
 */
public final class ExperimentPanel extends ScrollPane {
    private final AppContext context;
    private final ExperimentViewModel model = new ExperimentViewModel();
    private final ExperimentActions actions;
    private final Label problem = new Label();
    private final Label deviceStatus = new Label("looking for a CUDA device…");
    private final Label datasetStatus = new Label();
    private Consumer<JsonNode> configLoaded = tree -> { };
    private Path lastFolder;

    public ExperimentPanel(AppContext context) {
        this.context = context;
        this.actions = new ExperimentActions(context);
        setId("experiment-panel");
        setFitToWidth(true);
        problem.setId("experiment-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        deviceStatus.setWrapText(true);
        datasetStatus.setWrapText(true);
        VBox content = new VBox(8, runButtons(), problem, modelAndData(), driftSection(), sweepSection(),
                trainingSection());
        content.setPadding(new Insets(8));
        setContent(content);
        detectDevice();
    }

    public ExperimentViewModel model() {
        return model;
    }

    /** Called with the RPU configuration of an experiment file the user opens, for the editor. */
    public void onConfigLoaded(Consumer<JsonNode> handler) {
        configLoaded = handler;
    }

    /** Evaluates drift with the panel's settings and the edited configuration (the main Run action). */
    public QueuedJob runDrift() {
        ExperimentSpec spec = validSpec(ExperimentViewModel.SweepKind.NONE);
        return spec == null ? null : actions.evaluateDrift(spec);
    }

    /** Evaluates drift with the panel's settings and the given configuration tree (a guided demo's). */
    public QueuedJob runDrift(JsonNode configTree) {
        try {
            ExperimentSpec spec = model.spec(configTree, ExperimentViewModel.SweepKind.NONE);
            problem.setText("");
            return actions.evaluateDrift(spec);
        } catch (RuntimeException e) {
            problem.setText(e.getMessage());
            return null;
        }
    }

    public QueuedJob runSweep(ExperimentViewModel.SweepKind kind) {
        ExperimentSpec spec = validSpec(kind);
        return spec == null ? null : actions.sweep(spec);
    }

    public QueuedJob train(boolean hwa) {
        RpuConfig config = null;
        if (hwa) {
            config = context.workspace().validConfigProperty().get();
            if (config == null) {
                problem.setText("The configuration has invalid values: fix them in the Configuration tab first.");
                return null;
            }
        }
        try {
            Path out = model.defaultTrainingOutput(context.runs().root(), hwa);
            TrainSpec spec = model.trainSpec(config, out);
            problem.setText("");
            return actions.train(spec, model.device().get(), checkpoint -> {
                model.model().set(ExperimentViewModel.CHECKPOINT_FILE);
                model.checkpoint().set(checkpoint.toString());
            });
        } catch (Exception e) {
            problem.setText(e.getMessage());
            return null;
        }
    }

    /** Opens an experiment file (YAML or JSON) into the panel, its configuration into the editor. */
    public void openExperiment(Path file) {
        try {
            JsonNode config = model.loadFile(file);
            problem.setText("");
            context.settings().update(s -> s.withRecentExperiment(file.toAbsolutePath().toString()));
            configLoaded.accept(config);
        } catch (Exception e) {
            problem.setText(file + ": " + e.getMessage());
        }
    }

    public void chooseExperimentFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an experiment file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Experiment files", "*.yaml", "*.yml",
                "*.json"));
        File sampleConfigs = new File("sample-configs");
        if (sampleConfigs.isDirectory()) {
            chooser.setInitialDirectory(sampleConfigs);
        }
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            openExperiment(file.toPath());
        }
    }

    private ExperimentSpec validSpec(ExperimentViewModel.SweepKind kind) {
        JsonNode tree = context.workspace().configTreeProperty().get();
        if (context.workspace().validConfigProperty().get() == null) {
            problem.setText("The configuration has invalid values: fix them in the Configuration tab first.");
            return null;
        }
        try {
            ExperimentSpec spec = model.spec(tree, kind);
            problem.setText("");
            return spec;
        } catch (RuntimeException e) {
            problem.setText(e.getMessage());
            return null;
        }
    }

    private Node runButtons() {
        Button drift = Buttons.of("Evaluate drift", "run-drift", "Program the network, let it drift through the times"
                + " and measure the accuracy over repeated programmings (Ctrl+R)", this::runDrift);
        drift.getStyleClass().add("primary");
        Button sweep = Buttons.of("Sweep", "run-sweep", "Evaluate drift at every combination of the sweep values",
                () -> runSweep(ExperimentViewModel.SweepKind.AXES));
        Button layers = Buttons.of("Layer sensitivity", "run-layer-sensitivity",
                "One point per layer with only that layer analog", () -> runSweep(
                        ExperimentViewModel.SweepKind.LAYER_SENSITIVITY));
        Button train = Buttons.of("Train", "run-train", "Digital training from scratch on the dataset",
                () -> train(false));
        Button hwa = Buttons.of("HWA fine-tune", "run-hwa", "Hardware-aware fine-tuning of the chosen model through the"
                + " tiles of the edited configuration", () -> train(true));
        Button open = new Button("Open experiment…");
        open.setOnAction(e -> chooseExperimentFile());
        FlowPane pane = new FlowPane(6, 6, drift, sweep, layers, train, hwa, open);
        return pane;
    }

    private Node modelAndData() {
        GridPane grid = grid();
        ComboBox<String> modelChoice = new ComboBox<>();
        modelChoice.getItems().addAll(ShippedModels.IDS);
        modelChoice.getItems().add(ExperimentViewModel.CHECKPOINT_FILE);
        modelChoice.valueProperty().bindBidirectional(model.model());
        TextField checkpoint = text(model.checkpoint(), "checkpoint");
        checkpoint.disableProperty().bind(model.model().isNotEqualTo(ExperimentViewModel.CHECKPOINT_FILE));
        Button chooseCheckpoint = new Button("…");
        chooseCheckpoint.disableProperty().bind(checkpoint.disableProperty());
        chooseCheckpoint.setOnAction(e -> chooseFile("Choose a checkpoint", model.checkpoint(), "*.ckpt"));
        ComboBox<String> dataset = new ComboBox<>();
        dataset.getItems().addAll(ExperimentViewModel.DATASETS);
        dataset.valueProperty().bindBidirectional(model.dataset());
        TextField root = text(model.dataRoot(), "data-root");
        Button chooseRoot = new Button("…");
        chooseRoot.setOnAction(e -> chooseFolder(model.dataRoot()));
        root.disableProperty().bind(model.dataset().isEqualTo(ExperimentViewModel.EMBEDDED));
        chooseRoot.disableProperty().bind(root.disableProperty());
        ComboBox<String> format = new ComboBox<>();
        for (DatasetFormat f : DatasetFormat.values()) {
            format.getItems().add(f.cliName());
        }
        format.valueProperty().bindBidirectional(model.dataFormat());
        format.disableProperty().bind(model.dataset().isNotEqualTo(ExperimentViewModel.VWW));
        TextField annotations = text(model.annotations(), "annotations");
        annotations.disableProperty().bind(format.disableProperty());
        Button chooseAnnotations = new Button("…");
        chooseAnnotations.disableProperty().bind(format.disableProperty());
        chooseAnnotations.setOnAction(e -> chooseFile("Choose the annotation file", model.annotations(), "*.*"));
        Button check = new Button("Check dataset");
        check.setOnAction(e -> inspectDataset());
        ComboBox<String> split = new ComboBox<>();
        split.getItems().addAll("test", "train", "val");
        split.valueProperty().bindBidirectional(model.split());
        int row = 0;
        grid.addRow(row++, new Label("Name"), text(model.name(), "name"));
        grid.addRow(row++, new Label("Model"), modelChoice);
        grid.addRow(row++, new Label("Checkpoint"), new HBox(4, checkpoint, chooseCheckpoint));
        grid.addRow(row++, new Label("Dataset"), dataset);
        grid.addRow(row++, new Label("Folder"), new HBox(4, root, chooseRoot));
        grid.addRow(row++, new Label("VWW layout"), format);
        grid.addRow(row++, new Label("Annotations"), new HBox(4, annotations, chooseAnnotations));
        grid.addRow(row++, new Label("Split"), split);
        grid.add(new VBox(4, check, datasetStatus), 0, row, 2, 1);
        return titled("Model and data", grid);
    }

    private Node driftSection() {
        GridPane grid = grid();
        ComboBox<String> device = new ComboBox<>();
        device.getItems().addAll("cpu", "cuda");
        device.valueProperty().bindBidirectional(model.device());
        CheckBox histograms = new CheckBox("Record conductance histograms");
        histograms.selectedProperty().bindBidirectional(model.histograms());
        CheckBox uncompensated = new CheckBox("Also evaluate without drift compensation");
        uncompensated.selectedProperty().bindBidirectional(model.compareUncompensated());
        int row = 0;
        grid.addRow(row++, label("Times", "Drift times after programming: seconds or 1s, 1min, 1h, 1d, 7d, 1y"),
                text(model.times(), "times"));
        grid.addRow(row++, label("Repetitions", "Programmings of the whole network (≥ 1)"),
                text(model.repetitions(), "repetitions"));
        grid.addRow(row++, label("Seed", "The same seed gives the same numbers on the same device"),
                text(model.seed(), "seed"));
        grid.addRow(row++, label("Limit", "Evaluate the first N images (0: all)"), text(model.limit(), "limit"));
        grid.addRow(row++, new Label("Device"), device);
        grid.add(deviceStatus, 0, row++, 2, 1);
        grid.add(histograms, 0, row++, 2, 1);
        grid.add(uncompensated, 0, row, 2, 1);
        return titled("Drift evaluation", grid);
    }

    private Node sweepSection() {
        GridPane grid = grid();
        grid.addRow(0, label("Key 1", "A configuration key path, e.g. noise_model.drift_scale"),
                text(model.sweepKey1(), "sweep-key-1"));
        grid.addRow(1, label("Values 1", "Comma-separated values"), text(model.sweepValues1(), "sweep-values-1"));
        grid.addRow(2, label("Key 2", "Optional second axis (a grid of both)"), text(model.sweepKey2(),
                "sweep-key-2"));
        grid.addRow(3, new Label("Values 2"), text(model.sweepValues2(), "sweep-values-2"));
        TitledPane pane = titled("Sweep", grid);
        pane.setExpanded(false);
        return pane;
    }

    private Node trainingSection() {
        GridPane grid = grid();
        ComboBox<String> architecture = new ComboBox<>();
        architecture.getItems().addAll(ModelSpec.IDS);
        architecture.valueProperty().bindBidirectional(model.architecture());
        int row = 0;
        grid.addRow(row++, label("Architecture", "For training from scratch; HWA keeps the chosen model's"),
                architecture);
        grid.addRow(row++, new Label("Input size (px)"), text(model.inputSize(), "input-size"));
        grid.addRow(row++, new Label("Epochs"), text(model.epochs(), "epochs"));
        grid.addRow(row++, label("Learning rate", "AdamW with 1 warm-up epoch (digital) and a cosine schedule"),
                text(model.learningRate(), "learning-rate"));
        grid.addRow(row++, new Label("Batch size"), text(model.batchSize(), "batch-size"));
        grid.addRow(row++, label("Training images", "Train on the first N images (0: all)"),
                text(model.trainLimit(), "train-limit"));
        ComboBox<Augmentation> augmentation = new ComboBox<>();
        augmentation.getItems().addAll(Augmentation.values());
        augmentation.valueProperty().bindBidirectional(model.augmentation());
        augmentation.setId("augmentation");
        grid.addRow(row++, label("Augmentation", "crop-flip: random crop after padding and random flip; flip: only"
                + " the flip; none: the images as evaluated"), augmentation);
        CheckBox distil = new CheckBox("Distil from the starting model (HWA)");
        distil.selectedProperty().bindBidirectional(model.distilFromStart());
        distil.setId("distil");
        distil.setTooltip(new Tooltip("HWA fine-tuning learns from the outputs of the model it starts from (computed"
                + " digitally) as well as from the labels: driftlab train --teacher, temperature 4, weight 0.5"));
        grid.add(distil, 0, row, 2, 1);
        TitledPane pane = titled("Training", grid);
        pane.setExpanded(false);
        return pane;
    }

    private void detectDevice() {
        CompletableFuture.supplyAsync(() -> {
            try {
                ComputeDevice cuda = ComputeDevice.resolve("cuda");
                String status = cuda.note() == null ? "CUDA available: " + cuda.describe()
                        : "No CUDA device: the PyTorch engine sees none (no NVIDIA driver, or a CPU-only libtorch:"
                        + " README, 'On an NVIDIA GPU');"
                        + " jobs run on the CPU.";
                return LibtorchVersionCheck.currentWarning().map(warning -> status + " " + warning).orElse(status);
            } catch (RuntimeException | Error e) {
                return "CUDA unavailable: " + e.getMessage();
            }
        }).thenAccept(text -> context.ui().execute(() -> deviceStatus.setText(text)));
    }

    private void inspectDataset() {
        datasetStatus.setText("checking…");
        context.jobs().submit("Check dataset", (listener, cancellation) -> {
            String text;
            try {
                InspectionReport report = new DatasetInspector(2).inspect(
                        ExperimentViewModel.VWW.equals(model.dataset().get()) ? model.dataFormat().get() : "idx",
                        model.datasetSource().open(model.split().get()));
                text = report.images() + " images; labels " + report.labels() + "; unreadable "
                        + report.unreadable().size();
            } catch (Exception e) {
                text = "Not usable: " + e.getMessage();
            }
            String shown = text;
            context.ui().execute(() -> datasetStatus.setText(shown));
        });
    }

    private void chooseFolder(StringProperty target) {
        DirectoryChooser chooser = new DirectoryChooser();
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            lastFolder = folder.toPath();
            target.set(folder.getAbsolutePath());
        }
    }

    private void chooseFile(String title, StringProperty target, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            target.set(file.getAbsolutePath());
        }
    }

    private static TextField text(StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId("experiment-" + id);
        field.setPrefColumnCount(16);
        return field;
    }

    private static Label label(String text, String tip) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(tip));
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setAnimated(false);
        return pane;
    }
}
