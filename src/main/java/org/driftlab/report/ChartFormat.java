package org.driftlab.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a chart exports to. */
public enum ChartFormat {
    PNG, SVG, PDF, CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChartFormat fromName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            wanted = wanted.substring(1);
        }
        for (ChartFormat format : values()) {
            if (format.extension().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown chart format '" + name + "'; allowed: " + allowed());
    }

    public static ChartFormat fromPath(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            throw new IllegalArgumentException("file '" + file
                    + "' has no extension to tell the chart format; allowed: " + allowed());
        }
        try {
            return fromName(fileName.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("file '" + file + "': unknown chart format '"
                    + fileName.substring(dot + 1) + "'; allowed: " + allowed(), e);
        }
    }

    private static String allowed() {
        return Arrays.stream(values()).map(ChartFormat::extension).collect(Collectors.joining(", "));
    }
}
