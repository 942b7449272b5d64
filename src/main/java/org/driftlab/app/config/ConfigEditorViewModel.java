package org.driftlab.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.driftlab.AtomicFiles;
import org.driftlab.app.Workspace;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.config.AihwkitExport;
import org.driftlab.config.ConfigException;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigProblem;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.NoiseModelType;
import org.driftlab.config.ParameterCatalog;
import org.driftlab.config.ParameterInfo;
import org.driftlab.config.Preset;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.run.TreeDiff;

/**
 * The configuration editor's state and logic, free of controls: the edited RPU configuration as a tree (which may
 * hold invalid values), one field per catalog parameter, validation after every edit, the file it came from and
 * whether it has unsaved changes. It publishes the tree and, while every value is valid, the config to the
 * workspace; while anything is invalid the workspace's valid config is null, which blocks running.
 */
public final class ConfigEditorViewModel {
    private static final String ABSENT = "(absent)";

    private final Workspace workspace;
    private final SettingsStore settings;
    private final Map<String, ConfigField> fields = new LinkedHashMap<>();
    private final List<FieldGroup> groups = new ArrayList<>();
    private final SimpleObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final SimpleStringProperty sourceName = new SimpleStringProperty(this, "sourceName");
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final SimpleStringProperty problemSummary = new SimpleStringProperty(this, "problemSummary");
    private final SimpleStringProperty message = new SimpleStringProperty(this, "message");
    private List<ConfigProblem> problems = List.of();
    private ObjectNode tree;
    private String loadedPreset;
    private ObjectNode baseline;
    private boolean refreshing;

    public ConfigEditorViewModel(Workspace workspace, SettingsStore settings) {
        this.workspace = workspace;
        this.settings = settings;
        BooleanBinding showAdvanced = workspace.advancedProperty().and(workspace.presentationProperty().not());
        Map<String, List<ConfigField>> byGroup = new LinkedHashMap<>();
        for (ParameterInfo info : ParameterCatalog.all()) {
            ConfigField field = new ConfigField(info, showAdvanced);
            field.textProperty().addListener((observable, old, now) -> {
                if (!refreshing) {
                    apply(field, now);
                }
            });
            fields.put(info.keyPath(), field);
            byGroup.computeIfAbsent(field.group(), g -> new ArrayList<>()).add(field);
        }
        byGroup.forEach((name, members) -> groups.add(FieldGroup.of(name, members)));
        loadPreset(Presets.INFERENCE_SCALED);
    }

    /** The groups in aihwkit's order: forward, noise_model, drift_compensation, clip, modifier, ... */
    public List<FieldGroup> groups() {
        return List.copyOf(groups);
    }

    public List<ConfigField> fields() {
        return List.copyOf(fields.values());
    }

    public ConfigField field(String keyPath) {
        ConfigField field = fields.get(keyPath);
        if (field == null) {
            throw new IllegalArgumentException("no parameter " + keyPath);
        }
        return field;
    }

    /** Sets a field's text as a user would; the value is validated at once. */
    public void edit(String keyPath, String text) {
        field(keyPath).textProperty().set(text);
    }

    /** The edited configuration as a tree of file keys, possibly with invalid values. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    /** Every problem of the edited configuration; empty when it is valid. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /** The file the config was opened from or saved to; null for a preset not yet saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The file name, or the preset the config started from. */
    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName;
    }

    /** Whether the config differs from what was last loaded or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** How many values are invalid, and the problems no field shows; null while the config is valid. */
    public ReadOnlyStringProperty problemSummaryProperty() {
        return problemSummary;
    }

    /** The outcome of the last open, save or export, for a status line or a dialog. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public List<Preset> presets() {
        return Presets.all();
    }

    /** Recently opened or saved config files, most recent first. */
    public List<Path> recentFiles() {
        return settings.get().recentConfigs().stream().map(Path::of).toList();
    }

    public void loadPreset(String name) {
        replace(ConfigTree.toTree(Presets.get(name)), null, name + " (preset)");
        loadedPreset = name;
        message.set("Loaded the preset " + name + ".");
    }

    /** The preset the document was loaded from, if it was (a file or a run's config is not). */
    public Optional<String> loadedPreset() {
        return Optional.ofNullable(loadedPreset);
    }

    /** Shows a configuration from elsewhere (e.g. a run's config), as a new unsaved document. */
    public void load(RpuConfig config, String name) {
        replace(ConfigTree.toTree(config), null, name);
        message.set("Loaded " + name + ".");
    }

    /** Opens a JSON or YAML config file; a file that cannot be used leaves the editor as it was. */
    public boolean open(Path path) {
        RpuConfig config;
        try {
            config = ConfigFiles.load(path);
        } catch (ConfigException e) {
            message.set("Could not open " + path + "; the editor keeps " + sourceName.get() + ".\n"
                    + e.getMessage());
            return false;
        }
        replace(ConfigTree.toTree(config), path, fileName(path));
        remember(path);
        message.set("Opened " + path + ".");
        return true;
    }

    /** Saves to the current file; false (with a message) when there is none yet or the config is invalid. */
    public boolean save() {
        if (file.get() == null) {
            message.set("This config has no file yet; use Save as.");
            return false;
        }
        return saveAs(file.get());
    }

    /** Saves the resolved config as JSON or YAML, chosen by the file's extension. */
    public boolean saveAs(Path path) {
        RpuConfig config = workspace.validConfigProperty().get();
        if (config == null) {
            message.set("Not saved; fix the invalid values first:\n" + problemList());
            return false;
        }
        try {
            ConfigFiles.save(config, path);
        } catch (ConfigException | UncheckedIOException e) {
            message.set("Not saved to " + path + ": " + e.getMessage());
            return false;
        }
        ObjectNode saved = ConfigTree.toTree(config);
        tree = saved.deepCopy();
        baseline = saved;
        file.set(path);
        sourceName.set(fileName(path));
        changed();
        remember(path);
        message.set("Saved " + path + ".");
        return true;
    }

    /** The key paths where the edited config differs from a preset. */
    public List<DiffRow> diffAgainstPreset(String name) {
        return diff(ConfigTree.toTree(Presets.get(name)));
    }

    /**
     * The key paths where the edited config differs from a saved config file.
     *
     * @throws ConfigException naming the file and what is wrong with it
     */
    public List<DiffRow> diffAgainstFile(Path path) {
        return diff(ConfigTree.toTree(ConfigFiles.load(path)));
    }

    /** The config as an aihwkit Python snippet; empty (with a message) while the config is invalid. */
    public Optional<String> aihwkitPython() {
        RpuConfig config = workspace.validConfigProperty().get();
        if (config == null) {
            message.set("No aihwkit export; fix the invalid values first:\n" + problemList());
            return Optional.empty();
        }
        return Optional.of(AihwkitExport.toPython(config));
    }

    /** Writes the aihwkit Python snippet to a file. */
    public boolean saveAihwkit(Path path) {
        Optional<String> python = aihwkitPython();
        if (python.isEmpty()) {
            return false;
        }
        try {
            AtomicFiles.write(path, python.get());
        } catch (IOException e) {
            message.set("Could not write " + path + ": " + e.getMessage());
            return false;
        }
        message.set("Saved the aihwkit export to " + path + ".");
        return true;
    }

    private void apply(ConfigField field, String text) {
        if (!field.appliesProperty().get()) {
            return;
        }
        tree = ConfigTree.withLeaf(tree, field.keyPath(), FieldText.parse(field.info(), text));
        changed();
    }

    private void replace(ObjectNode newTree, Path path, String name) {
        loadedPreset = null;
        tree = newTree.deepCopy();
        baseline = newTree.deepCopy();
        file.set(path);
        sourceName.set(name);
        changed();
    }

    private void changed() {
        RpuConfig valid;
        try {
            valid = ConfigTree.fromTree(tree);
            problems = List.of();
        } catch (ConfigException e) {
            valid = null;
            problems = e.problems();
        }
        showInFields();
        dirty.set(!tree.equals(baseline));
        workspace.configTreeProperty().set(tree.deepCopy());
        workspace.validConfigProperty().set(valid);
    }

    /** Shows the tree in the fields (leaving text that already means the same value) and each field's problem. */
    private void showInFields() {
        NoiseModelType noiseType = noiseModelType();
        Map<String, List<ConfigProblem>> byKey = problems.stream()
                .collect(Collectors.groupingBy(ConfigProblem::keyPath, LinkedHashMap::new, Collectors.toList()));
        List<ConfigProblem> unplaced = new ArrayList<>();
        refreshing = true;
        try {
            for (ConfigField field : fields.values()) {
                JsonNode value = tree.at("/" + field.keyPath().replace('.', '/'));
                boolean applies = !value.isMissingNode() && (noiseType == null || field.info().appliesTo(noiseType));
                field.setApplies(applies);
                if (!applies) {
                    field.textProperty().set("");
                } else if (!FieldText.parse(field.info(), field.textProperty().get()).equals(value)) {
                    field.textProperty().set(FieldText.render(value));
                }
                List<ConfigProblem> own = byKey.remove(field.keyPath());
                if (own != null && !applies) {
                    unplaced.addAll(own);
                }
                field.setError(own == null || !applies ? null
                        : own.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
            }
        } finally {
            refreshing = false;
        }
        byKey.values().forEach(unplaced::addAll);
        problemSummary.set(problems.isEmpty() ? null : invalidText() + unplaced.stream()
                .map(p -> "\n" + p).collect(Collectors.joining()));
    }

    private String invalidText() {
        return problems.size() == 1 ? "1 problem; running is blocked until it is fixed."
                : problems.size() + " problems; running is blocked until they are fixed.";
    }

    private String problemList() {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
    }

    private NoiseModelType noiseModelType() {
        String type = tree.path("noise_model").path("type").asText("");
        for (NoiseModelType candidate : NoiseModelType.values()) {
            if (candidate.name().equalsIgnoreCase(type)) {
                return candidate;
            }
        }
        return null;
    }

    private List<DiffRow> diff(JsonNode other) {
        List<DiffRow> rows = new ArrayList<>();
        TreeDiff.of(List.of(tree, other)).forEach((keyPath, values) -> rows.add(
                new DiffRow(keyPath, orAbsent(values.get(0)), orAbsent(values.get(1)))));
        return rows;
    }

    private static String orAbsent(String value) {
        return value.isEmpty() ? ABSENT : value;
    }

    private void remember(Path path) {
        settings.update(s -> s.withRecentConfig(path.toAbsolutePath().toString()));
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
