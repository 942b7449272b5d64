package org.driftlab.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A table of plotted data; a null or NaN cell is written empty. */
public record CsvTable(List<String> header, List<List<Object>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        List<List<Object>> copies = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + copies.size() + " has " + row.size()
                        + " cells but the header has " + header.size() + ": " + row);
            }
            copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copies);
    }

    /** RFC 4180 text with LF line ends; numbers in Java's locale-free notation. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        appendLine(out, new ArrayList<>(header));
        for (List<Object> row : rows) {
            appendLine(out, row);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append('\n');
    }

    private static String cell(Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
