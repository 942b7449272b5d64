package org.driftlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The on-disk layouts DriftLab reads, by their command-line names. */
public enum DatasetFormat {
    PYVWW("pyvww", true),
    COCO("coco", true),
    TF_SLIM("tf-slim", true),
    FOLDERS("folders", false),
    MLPERF_TINY("mlperf-tiny", false),
    IDX("idx", false);

    private final String cliName;
    private final boolean needsAnnotations;

    DatasetFormat(String cliName, boolean needsAnnotations) {
        this.cliName = cliName;
        this.needsAnnotations = needsAnnotations;
    }

    public String cliName() {
        return cliName;
    }

    public static String allowedNames() {
        return Arrays.stream(values()).map(DatasetFormat::cliName).collect(Collectors.joining(", "));
    }

    public static DatasetFormat parse(String name) {
        return Arrays.stream(values()).filter(format -> format.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset format '" + name + "'; allowed: "
                        + allowedNames()));
    }

    /**
     * Opens a dataset. {@code annotations} is the JSON file for pyvww, coco and tf-slim (required), the labels CSV
     * for mlperf-tiny (default root/y_labels.csv), and not used otherwise; {@code split} is for idx only.
     */
    public ImageDataset open(Path root, Path annotations, String split) throws IOException {
        if (needsAnnotations && annotations == null) {
            throw new IllegalArgumentException("format " + cliName + " needs --annotations FILE (the JSON file)");
        }
        if ((this == FOLDERS || this == IDX) && annotations != null) {
            throw new IllegalArgumentException("format " + cliName + " takes no annotation file; it reads "
                    + (this == FOLDERS ? "one subfolder per class" : "the IDX files in the root folder"));
        }
        return switch (this) {
            case PYVWW -> PyvwwDataset.open(root, annotations);
            case COCO -> CocoVwwDataset.open(root, annotations);
            case TF_SLIM -> TfSlimVwwDataset.open(root, annotations);
            case FOLDERS -> FolderDataset.open(root);
            case MLPERF_TINY -> MlperfTinyDataset.open(root, annotations);
            case IDX -> FashionMnist.open(root, split == null ? "test" : split);
        };
    }
}
