package org.driftlab.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.driftlab.app.AppContext;
import org.driftlab.app.FxTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConfigEditorFxTest {
    private static final String KEY = "forward.inp_noise";

    @TempDir
    static Path folder;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = FxTestSupport.context(folder);
        stage.setScene(new Scene(new ConfigEditorView(context), 760, 900));
        stage.show();
    }

    @Test
    void anInvalidValueIsMarkedInTheFormUntilItIsFixed(FxRobot robot) {
        TextField field = robot.lookup((Node n) -> ("field-" + KEY).equals(n.getId())).queryAs(TextField.class);

        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("-2");

        Label error = visibleErrorLabel(robot);
        assertNotNull(error, "an error label under the field");
        assertTrue(error.getText().contains(KEY) && error.getText().contains("[0, ∞)"), error.getText());
        assertNull(context.workspace().validConfigProperty().get(), "running is blocked");
        assertTrue(robot.lookup("#config-problems").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#config-source").queryAs(Label.class).getText().endsWith("●"));

        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("0.02");

        assertEquals("0.02", field.getText());
        assertNull(visibleErrorLabel(robot), "the message is gone");
        assertFalse(robot.lookup("#config-problems").queryAs(Label.class).isVisible());
        assertEquals(0.02, context.workspace().validConfigProperty().get().forward().inpNoise());
    }

    @Test
    void theDiffAndTheAihwkitExportOpenInDialogs(FxRobot robot) {
        ConfigEditorView view = robot.lookup((Node n) -> n instanceof ConfigEditorView).queryAs(ConfigEditorView.class);
        robot.interact(() -> view.viewModel().edit("forward.out_noise", "0.5"));

        robot.interact(view::showDiff);
        TableView<?> diff = robot.lookup("#diff-table").queryAs(TableView.class);
        assertEquals(List.of(new DiffRow("forward.out_noise", "0.5", "0.06")), List.copyOf(diff.getItems()));

        robot.interact(view::exportAihwkit);
        String python = robot.lookup("#aihwkit-code").queryAs(TextArea.class).getText();
        assertTrue(python.contains("rpu_config.forward.out_noise = 0.5"), python);
    }

    private static Label visibleErrorLabel(FxRobot robot) {
        Set<Label> errors = robot.lookup(".field-error").queryAllAs(Label.class);
        return errors.stream().filter(Node::isVisible).filter(l -> !"config-problems".equals(l.getId()))
                .findFirst().orElse(null);
    }
}
