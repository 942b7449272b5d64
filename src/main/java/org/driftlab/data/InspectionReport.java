package org.driftlab.data;

import java.util.List;
import java.util.Map;

/** What {@link DatasetInspector} found: images listed, count per class name, unreadable files, image sizes. */
public record InspectionReport(String format, int images, Map<String, Integer> labels, List<SkippedImage> unreadable,
        ImageSizes imageSize) {
}
