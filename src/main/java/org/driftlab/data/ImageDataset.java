package org.driftlab.data;

import java.io.IOException;
import java.util.List;

/** A labelled image collection that training and evaluation read one image at a time, on any thread. */
public interface ImageDataset {
    int size();

    /** The class index of an image, an index into {@link #classNames()}. */
    int label(int index);

    List<String> classNames();

    /** Decodes one image; a corrupt or missing file is an IOException naming it. Safe to call concurrently. */
    RawImage read(int index) throws IOException;

    /** Where an image comes from (a file path, or file#index for IDX), for reports of skipped images. */
    String source(int index);

    /** One line for people: the format, where it lives, how many images. */
    String describe();

    /** A stable SHA-256 (hex) identifying the data, recorded with runs for provenance. */
    String fingerprint();
}
