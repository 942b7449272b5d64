package org.driftlab.app.config;

/**
 * One key path where the edited config differs from another.
 *
 * @param keyPath   e.g. {@code forward.out_noise}
 * @param thisValue the value in the editor, or "(absent)"
 * @param thatValue the value in the preset or file compared with, or "(absent)"
 */
public record DiffRow(String keyPath, String thisValue, String thatValue) {
}
