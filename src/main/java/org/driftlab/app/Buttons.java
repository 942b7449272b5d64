package org.driftlab.app;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons with an id (for tests and styling), a tooltip and an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
