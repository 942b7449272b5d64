package org.driftlab.config;

/**
 * A named starting configuration.
 *
 * @param name        the name used in files ({@code "preset": name}) and on the command line
 * @param description one line for the UI
 * @param config      the configuration
 */
public record Preset(String name, String description, RpuConfig config) {
}
