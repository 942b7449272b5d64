package org.driftlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibtorchVersionCheckTest {
    @TempDir
    Path root;

    /** A libtorch folder as its archive unpacks (build-version beside lib/), or as pip installs it (version.py). */
    private Path libtorch(String name, String versionFile, String content) throws IOException {
        Path lib = Files.createDirectories(root.resolve(name).resolve("lib"));
        Files.writeString(lib.resolve(System.mapLibraryName("torch")), "");
        Files.writeString(lib.getParent().resolve(versionFile), content);
        return lib;
    }

    @Test
    void anotherVersionGetsAWarningNamingBothAndTheWaysOut() throws IOException {
        Path lib = libtorch("torch", "version.py", "__version__ = '2.11.0+cu130'\ngit_version = 'abc'\n");
        Optional<String> warning = LibtorchVersionCheck.warning(lib.toString(), "2.7.1");
        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("libtorch 2.11.0+cu130") && warning.get().contains("libtorch 2.7.1")
                && warning.get().contains(lib.toString()) && warning.get().contains("gpu-with-another-pytorch"),
                warning.get());
    }

    @Test
    void theVersionTheJniLibraryIsBuiltForPassesWhateverItsFlavour() throws IOException {
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(
                libtorch("cu", "build-version", "2.7.1+cu128\n").toString(), "2.7.1"));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(
                libtorch("plain", "build-version", "2.7.1").toString(), "2.7.1"));
        assertTrue(LibtorchVersionCheck.warning(libtorch("patch", "build-version", "2.7.10").toString(), "2.7.1")
                .isPresent(), "2.7.10 is not 2.7.1");
    }

    @Test
    void aFolderWithItsOwnJniLibraryOrNoVersionOrNoPathIsLeftAlone() throws IOException {
        Path own = libtorch("own", "build-version", "2.11.0");
        Files.writeString(own.resolve(System.mapLibraryName("djl_torch")), "");
        Path ownVersioned = libtorch("own-versioned", "build-version", "2.11.0");
        Files.writeString(ownVersioned.resolve("0.36.0-" + System.mapLibraryName("djl_torch")), "");
        Path unknown = Files.createDirectories(root.resolve("unknown").resolve("lib"));
        Files.writeString(unknown.resolve(System.mapLibraryName("torch")), "");
        Path notLibtorch = libtorch("other", "build-version", "2.5.1");
        Files.delete(notLibtorch.resolve(System.mapLibraryName("torch")));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(own.toString(), "2.7.1"));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(ownVersioned.toString(), "2.7.1"));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(unknown.toString(), "2.7.1"));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(notLibtorch.toString(), "2.7.1"),
                "DJL passes over a folder without libtorch");
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(root.resolve("missing").toString(), "2.7.1"));
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(null, "2.7.1"));
    }

    @Test
    void theFirstFolderWithLibtorchIsTheOneThatCounts() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        Path old = libtorch("old", "build-version", "2.5.1");
        Path right = libtorch("right", "build-version", "2.7.1");
        assertTrue(LibtorchVersionCheck.warning(empty + File.pathSeparator + old + File.pathSeparator + right,
                "2.7.1").isPresent());
        assertEquals(Optional.empty(), LibtorchVersionCheck.warning(right + File.pathSeparator + old, "2.7.1"));
    }

    @Test
    void theBundledJniLibraryNamesItsLibtorchVersion() {
        assertEquals("2.7.1", LibtorchVersionCheck.jniTorchVersion());
    }
}
