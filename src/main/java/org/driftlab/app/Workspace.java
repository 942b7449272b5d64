package org.driftlab.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.driftlab.config.RpuConfig;

/**
 * The state the views share, touched on the FX thread only: the RPU configuration being edited (its tree as the
 * editor holds it, and the last valid config), the run shown, the display modes, and the live run listeners.
 */
public final class Workspace {
    /** The edited configuration as a tree in the file format (null before the editor sets it). */
    private final ObjectProperty<JsonNode> configTree = new SimpleObjectProperty<>();
    /** The edited configuration when it is valid; null while any field is invalid. */
    private final ObjectProperty<RpuConfig> validConfig = new SimpleObjectProperty<>(RpuConfig.defaults());
    private final ObjectProperty<Path> shownRun = new SimpleObjectProperty<>();
    private final BooleanProperty advanced = new SimpleBooleanProperty(false);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final List<LiveRunListener> liveListeners = new CopyOnWriteArrayList<>();

    public ObjectProperty<JsonNode> configTreeProperty() {
        return configTree;
    }

    public ObjectProperty<RpuConfig> validConfigProperty() {
        return validConfig;
    }

    /** The run folder the views show (set when a run is opened from the history or one starts). */
    public ObjectProperty<Path> shownRunProperty() {
        return shownRun;
    }

    /** Whether advanced parameters are shown in forms. */
    public BooleanProperty advancedProperty() {
        return advanced;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Views that follow runs live register here; they are called on the compute thread and must be quick. */
    public void addLiveListener(LiveRunListener listener) {
        liveListeners.add(listener);
    }

    public List<LiveRunListener> liveListeners() {
        return List.copyOf(liveListeners);
    }
}
