package org.driftlab.app;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons with an id (for tests and styling), an action and, where it helps, a tooltip. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String text, String id, String tip, Runnable action) {
        Button button = of(text, id, action);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    public static Button of(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
