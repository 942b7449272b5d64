package org.driftlab.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.driftlab.app.Workspace;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.config.ConfigException;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.NoiseModelType;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEditorViewModelTest {
    @TempDir
    Path folder;

    private Workspace workspace;
    private SettingsStore settings;
    private ConfigEditorViewModel editor;

    @BeforeEach
    void setUp() {
        workspace = new Workspace();
        settings = new SettingsStore(folder.resolve("settings.json"));
        editor = new ConfigEditorViewModel(workspace, settings);
    }

    @Test
    void startsFromTheScaledInferencePresetAndPublishesIt() {
        assertEquals(Presets.get(Presets.INFERENCE_SCALED), workspace.validConfigProperty().get());
        assertEquals(editor.tree(), workspace.configTreeProperty().get());
        assertEquals("inference_scaled (preset)", editor.sourceNameProperty().get());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void aValidEditUpdatesTheValidConfigAndTheTree() {
        editor.edit("forward.out_noise", "0.25");

        assertEquals(0.25, workspace.validConfigProperty().get().forward().outNoise());
        assertEquals(0.25, workspace.configTreeProperty().get().at("/forward/out_noise").doubleValue());
        assertNull(editor.field("forward.out_noise").errorProperty().get());
        assertNull(editor.problemSummaryProperty().get());
    }

    @Test
    void anOutOfRangeValueNamesKeyValueAndRangeAndBlocksRunning() {
        editor.edit("forward.inp_noise", "-0.5");

        String error = editor.field("forward.inp_noise").errorProperty().get();
        assertNotNull(error);
        assertTrue(error.contains("forward.inp_noise"), error);
        assertTrue(error.contains("-0.5"), error);
        assertTrue(error.contains("[0, ∞)"), error);
        assertNull(workspace.validConfigProperty().get());
        assertTrue(editor.problemSummaryProperty().get().contains("blocked"), editor.problemSummaryProperty().get());
        assertEquals("-0.5", editor.field("forward.inp_noise").textProperty().get());
        assertEquals(-0.5, workspace.configTreeProperty().get().at("/forward/inp_noise").doubleValue());

        editor.edit("forward.inp_noise", "0.01");

        assertNull(editor.field("forward.inp_noise").errorProperty().get());
        assertEquals(0.01, workspace.validConfigProperty().get().forward().inpNoise());
    }

    @Test
    void textThatIsNoNumberIsMarkedWithWhatIsAllowed() {
        editor.edit("mapping.max_input_size", "big");

        String error = editor.field("mapping.max_input_size").errorProperty().get();
        assertTrue(error.contains("mapping.max_input_size") && error.contains("integer") && error.contains("big"),
                error);
        assertNull(workspace.validConfigProperty().get());
        assertEquals("big", editor.field("mapping.max_input_size").textProperty().get());
    }

    @Test
    void aProblemAcrossFieldsIsShownOnTheFieldItNames() {
        editor.edit("forward.inp_bound", "2");

        String error = editor.field("forward.inp_bound").errorProperty().get();
        assertTrue(error.contains("inp_bound = 1"), error);
        assertTrue(editor.field("forward.inp_bound").visibleProperty().get(), "an invalid advanced field is shown");
        assertNull(workspace.validConfigProperty().get());
    }

    @Test
    void switchingTheNoiseModelShowsThatModelsFields() {
        ConfigField devices = editor.field("noise_model.num_devices");
        ConfigField progCoeff = editor.field("noise_model.prog_coeff");
        assertFalse(devices.visibleProperty().get());
        assertTrue(progCoeff.appliesProperty().get());

        editor.edit("noise_model.type", "hermes");

        assertTrue(devices.visibleProperty().get());
        assertEquals("2", devices.textProperty().get());
        assertFalse(progCoeff.appliesProperty().get());
        assertFalse(progCoeff.visibleProperty().get());
        assertEquals(NoiseModelType.HERMES, workspace.validConfigProperty().get().noiseModel().type());
        assertTrue(editor.problems().isEmpty(), editor.problems().toString());

        editor.edit("noise_model.num_devices", "1");
        assertEquals("1", devices.textProperty().get());
        assertNotNull(workspace.validConfigProperty().get());
    }

    @Test
    void advancedFieldsFollowTheWorkspaceToggle() {
        ConfigField advanced = editor.field("forward.inp_asymmetry");
        ConfigField basic = editor.field("forward.out_noise");
        FieldGroup remap = editor.groups().stream().filter(g -> g.name().equals("remap")).findFirst().orElseThrow();
        assertFalse(advanced.visibleProperty().get());
        assertTrue(basic.visibleProperty().get());
        assertFalse(remap.visible().get(), "remap has only advanced fields");

        workspace.advancedProperty().set(true);
        assertTrue(advanced.visibleProperty().get());
        assertTrue(remap.visible().get());

        workspace.presentationProperty().set(true);
        assertFalse(advanced.visibleProperty().get(), "presentation mode hides advanced parameters");
    }

    @Test
    void groupsFollowAihwkitsOrder() {
        assertEquals(List.of("forward", "noise_model", "drift_compensation", "clip", "modifier", "remap", "mapping",
                "pre_post", "simulation"), editor.groups().stream().map(FieldGroup::name).toList());
        ConfigField field = editor.field("noise_model.g_max");
        assertEquals("g_max", field.label());
        assertTrue(field.help().contains("µS") && field.help().contains("(0, ∞)"), field.help());
    }

    @Test
    void anEditMarksUnsavedChangesAndSavingClearsThem() {
        Path file = folder.resolve("mine.json");
        editor.edit("forward.out_noise", "0.3");
        assertTrue(editor.dirtyProperty().get());

        assertFalse(editor.save(), "a preset has no file yet");
        assertTrue(editor.saveAs(file));

        assertFalse(editor.dirtyProperty().get());
        assertEquals(file, editor.fileProperty().get());
        assertEquals("mine.json", editor.sourceNameProperty().get());
        assertEquals(List.of(file.toAbsolutePath()), editor.recentFiles());

        editor.edit("forward.out_noise", "0.4");
        assertTrue(editor.dirtyProperty().get());
        editor.edit("forward.out_noise", "0.3");
        assertFalse(editor.dirtyProperty().get(), "back to the saved value");
        editor.edit("forward.out_noise", "0.4");
        assertTrue(editor.save());
        assertFalse(editor.dirtyProperty().get());
        assertEquals(0.4, ConfigFiles.load(file).forward().outNoise());
    }

    @Test
    void anInvalidConfigIsNotSavedAndStaysInTheEditor() {
        Path file = folder.resolve("bad.yaml");
        editor.edit("forward.inp_noise", "-1");

        assertFalse(editor.saveAs(file));

        assertFalse(Files.exists(file));
        assertTrue(editor.messageProperty().get().contains("forward.inp_noise"), editor.messageProperty().get());
        assertEquals("-1", editor.field("forward.inp_noise").textProperty().get());
        assertTrue(editor.dirtyProperty().get());
    }

    @Test
    void savedJsonAndYamlOpenToTheSameConfig() {
        editor.edit("noise_model.type", "state_independent");
        editor.edit("noise_model.drift_nu_mean", "0.07");
        editor.edit("mapping.max_input_size", "256");
        RpuConfig edited = workspace.validConfigProperty().get();
        assertNotNull(edited, editor.problems().toString());

        for (String name : List.of("edited.json", "edited.yaml")) {
            Path file = folder.resolve(name);
            assertTrue(editor.saveAs(file), editor.messageProperty().get());

            Workspace other = new Workspace();
            ConfigEditorViewModel reopened = new ConfigEditorViewModel(other, settings);
            assertTrue(reopened.open(file), reopened.messageProperty().get());

            assertEquals(edited, other.validConfigProperty().get(), name);
            assertEquals(editor.tree(), reopened.tree(), name);
            assertEquals("0.07", reopened.field("noise_model.drift_nu_mean").textProperty().get());
            assertFalse(reopened.dirtyProperty().get());
            assertEquals(file, reopened.fileProperty().get());
        }
        assertEquals(List.of(folder.resolve("edited.yaml").toAbsolutePath(),
                folder.resolve("edited.json").toAbsolutePath()), editor.recentFiles());
    }

    @Test
    void aBrokenFileGivesAMessageAndKeepsTheCurrentConfig() throws Exception {
        editor.edit("forward.out_noise", "0.2");
        RpuConfig before = workspace.validConfigProperty().get();
        Path malformed = folder.resolve("malformed.json");
        Files.writeString(malformed, "{\"forward\": {\"out_noise\": 0.1,");
        Path outOfRange = folder.resolve("range.yaml");
        Files.writeString(outOfRange, "forward:\n  out_noise: -3\n");

        assertFalse(editor.open(malformed));
        String message = editor.messageProperty().get();
        assertTrue(message.contains("malformed.json") && message.contains("malformed JSON"), message);

        assertFalse(editor.open(outOfRange));
        message = editor.messageProperty().get();
        assertTrue(message.contains("range.yaml") && message.contains("forward.out_noise")
                && message.contains("[0, ∞)"), message);

        assertFalse(editor.open(folder.resolve("missing.yaml")));
        assertTrue(editor.messageProperty().get().contains("cannot read"), editor.messageProperty().get());

        assertEquals(before, workspace.validConfigProperty().get());
        assertEquals("0.2", editor.field("forward.out_noise").textProperty().get());
        assertTrue(editor.dirtyProperty().get());
        assertNull(editor.fileProperty().get());
        assertTrue(editor.recentFiles().isEmpty());
    }

    @Test
    void itKnowsWhichPresetItWasLoadedFrom() {
        assertEquals(Optional.of(Presets.INFERENCE_SCALED), editor.loadedPreset());
        editor.loadPreset(Presets.HERMES);
        assertEquals(Optional.of(Presets.HERMES), editor.loadedPreset());
        editor.load(Presets.get(Presets.HERMES), "a run");
        assertEquals(Optional.empty(), editor.loadedPreset());
    }

    @Test
    void theDiffAgainstAPresetListsTheChangedKey() {
        editor.edit("forward.out_noise", "0.5");

        List<DiffRow> rows = editor.diffAgainstPreset(Presets.INFERENCE_SCALED);

        double presetValue = Presets.get(Presets.INFERENCE_SCALED).forward().outNoise();
        assertEquals(List.of(new DiffRow("forward.out_noise", "0.5", Double.toString(presetValue))), rows);
    }

    @Test
    void theDiffAgainstAFileListsWhatDiffersAndABadFileIsReported() throws Exception {
        Path file = folder.resolve("saved.yaml");
        editor.edit("mapping.max_input_size", "128");
        editor.saveAs(file);
        editor.edit("mapping.max_input_size", "64");
        editor.edit("noise_model.type", "hermes");

        List<DiffRow> rows = editor.diffAgainstFile(file);

        assertTrue(rows.contains(new DiffRow("mapping.max_input_size", "64", "128")), rows.toString());
        assertTrue(rows.contains(new DiffRow("noise_model.type", "\"hermes\"", "\"pcm_like\"")), rows.toString());
        assertTrue(rows.contains(new DiffRow("noise_model.num_devices", "2", "(absent)")), rows.toString());

        Path broken = folder.resolve("broken.yaml");
        Files.writeString(broken, "forward: [");
        ConfigException error = assertThrows(ConfigException.class, () -> editor.diffAgainstFile(broken));
        assertTrue(error.getMessage().contains("broken.yaml"), error.getMessage());
    }

    @Test
    void aPresetReplacesTheConfigAsANewDocument() {
        editor.edit("forward.out_noise", "0.5");

        editor.loadPreset(Presets.HERMES);

        assertEquals(Presets.get(Presets.HERMES), workspace.validConfigProperty().get());
        assertEquals("hermes (preset)", editor.sourceNameProperty().get());
        assertFalse(editor.dirtyProperty().get());
        assertTrue(editor.field("noise_model.num_devices").appliesProperty().get());
    }

    @Test
    void aConfigFromElsewhereIsShownAsANewDocument() {
        RpuConfig fromRun = Presets.get(Presets.HPML_2022);

        editor.load(fromRun, "config of run 7");

        assertEquals(fromRun, workspace.validConfigProperty().get());
        assertEquals("160.0", editor.field("noise_model.g_max").textProperty().get());
        assertEquals("config of run 7", editor.sourceNameProperty().get());
        assertNull(editor.fileProperty().get());
        assertFalse(editor.dirtyProperty().get());
    }

    @Test
    void theAihwkitExportHasTheEditedValueAndNeedsAValidConfig() throws Exception {
        editor.edit("forward.out_noise", "0.123");
        String python = editor.aihwkitPython().orElseThrow();
        assertTrue(python.contains("rpu_config.forward.out_noise = 0.123"), python);

        Path file = folder.resolve("rpu_config.py");
        assertTrue(editor.saveAihwkit(file));
        assertEquals(python, Files.readString(file));

        editor.edit("forward.out_noise", "-1");
        assertTrue(editor.aihwkitPython().isEmpty());
        assertTrue(editor.messageProperty().get().contains("forward.out_noise"), editor.messageProperty().get());
    }
}
