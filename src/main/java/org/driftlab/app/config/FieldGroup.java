package org.driftlab.app.config;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** The fields of one aihwkit group (forward, noise_model, ...), in catalog order; shown while any field is. */
public record FieldGroup(String name, List<ConfigField> fields, BooleanBinding visible) {

    static FieldGroup of(String name, List<ConfigField> fields) {
        BooleanBinding anyVisible = Bindings.createBooleanBinding(
                () -> fields.stream().anyMatch(f -> f.visibleProperty().get()),
                fields.stream().map(ConfigField::visibleProperty).toArray(BooleanBinding[]::new));
        return new FieldGroup(name, List.copyOf(fields), anyVisible);
    }
}
