package org.driftlab.app.config;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.driftlab.config.ParameterInfo;

/**
 * The form field of one parameter: the text it shows (an edit sets it), the validation problem when its value is
 * invalid, and whether it is shown. A field is shown when its parameter applies to the chosen noise model and it
 * is basic, advanced fields are wanted, or it is invalid (so that a problem is never hidden).
 */
public final class ConfigField {
    private final ParameterInfo info;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final SimpleStringProperty error = new SimpleStringProperty(this, "error");
    private final SimpleBooleanProperty applies = new SimpleBooleanProperty(this, "applies", true);
    private final BooleanBinding visible;

    ConfigField(ParameterInfo info, ObservableBooleanValue showAdvanced) {
        this.info = info;
        this.visible = Bindings.createBooleanBinding(
                () -> applies.get() && (!info.advanced() || showAdvanced.get() || error.get() != null),
                applies, showAdvanced, error);
    }

    public ParameterInfo info() {
        return info;
    }

    public String keyPath() {
        return info.keyPath();
    }

    /** The first part of the key path: the aihwkit group (forward, noise_model, ...). */
    public String group() {
        return groupOf(info.keyPath());
    }

    /** The key path within its group, e.g. {@code g_converter.type}. */
    public String label() {
        return info.keyPath().substring(group().length() + 1);
    }

    /** The description, unit and allowed values, for a tooltip. */
    public String help() {
        String unit = info.unit().isEmpty() ? "" : "\nUnit: " + info.unit();
        return info.keyPath() + "\n" + info.description() + unit + "\nAllowed: " + info.allowedText()
                + "\nDefault: " + FieldText.render(info.defaultValue());
    }

    /** What the field shows; setting it is an edit, validated at once. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the value is invalid (key path, value and what is allowed), or null when it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Whether the parameter exists for the chosen noise-model type. */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies;
    }

    public BooleanBinding visibleProperty() {
        return visible;
    }

    void setError(String message) {
        error.set(message);
    }

    void setApplies(boolean value) {
        applies.set(value);
    }

    static String groupOf(String keyPath) {
        int dot = keyPath.indexOf('.');
        return dot < 0 ? keyPath : keyPath.substring(0, dot);
    }
}
