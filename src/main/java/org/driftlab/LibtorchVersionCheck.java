package org.driftlab;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Warns, before the tensor engine loads, when {@code PYTORCH_LIBRARY_PATH} names a libtorch of another version than
 * the one DJL's bundled JNI library is built for. DJL loads such a libtorch anyway and then fails on its first
 * tensors with messages that do not say why (seen with PyTorch 2.11: "set_stride is not allowed on a Tensor created
 * from .data or .detach()"). A folder that holds its own {@code libdjl_torch.so}, built for that libtorch
 * (docs/gpu-with-another-pytorch.md), is left alone.
 */
public final class LibtorchVersionCheck {
    private static final String TORCH_LIBRARY = System.mapLibraryName("torch");
    private static final String JNI_LIBRARY = System.mapLibraryName("djl_torch");
    private static final Pattern PIP_VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");

    private LibtorchVersionCheck() {
    }

    /** Prints the warning, if any, on standard error. */
    public static void warnIfMismatched() {
        currentWarning().ifPresent(message -> System.err.println("driftlab: " + message));
    }

    /**
     * The warning for this process's PYTORCH_LIBRARY_PATH, if any. Never fails: a check it cannot make is skipped,
     * as this is only advice (the engine reports its own errors).
     */
    public static Optional<String> currentWarning() {
        try {
            String jniVersion = jniTorchVersion();
            return jniVersion == null ? Optional.empty() : warning(System.getenv("PYTORCH_LIBRARY_PATH"), jniVersion);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param libraryPath the value of PYTORCH_LIBRARY_PATH (folders separated as in a path), or null
     * @param jniVersion  the libtorch version the bundled JNI library is built for, e.g. 2.7.1
     */
    static Optional<String> warning(String libraryPath, String jniVersion) {
        if (libraryPath == null || libraryPath.isBlank()) {
            return Optional.empty();
        }
        for (String folder : libraryPath.split(File.pathSeparator)) {
            Path dir = Path.of(folder);
            // DJL takes the first folder that holds libtorch itself.
            if (!Files.exists(dir.resolve(TORCH_LIBRARY))) {
                continue;
            }
            if (holdsJniLibrary(dir)) {
                return Optional.empty();
            }
            String installed = installedVersion(dir);
            if (installed == null || installed.equals(jniVersion) || installed.startsWith(jniVersion + "+")) {
                return Optional.empty();
            }
            return Optional.of("PYTORCH_LIBRARY_PATH names libtorch " + installed + " (" + dir + "), but the "
                    + "bundled DJL JNI library is built for libtorch " + jniVersion + "; expect the engine to "
                    + "fail on its first tensors. Use libtorch " + jniVersion + " (README, 'On an NVIDIA GPU') "
                    + "or build the JNI library for " + installed + " (docs/gpu-with-another-pytorch.md).");
        }
        return Optional.empty();
    }

    /** Whether DJL finds a JNI library in the folder itself: libdjl_torch.so, or VERSION-libdjl_torch.so. */
    private static boolean holdsJniLibrary(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.equals(JNI_LIBRARY) || name.endsWith("-" + JNI_LIBRARY));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The version of the libtorch whose libraries are in {@code libDir}: from the {@code build-version} file of a
     * libtorch archive, or the {@code version.py} of a pip-installed PyTorch, both one folder up; null if neither.
     */
    static String installedVersion(Path libDir) {
        Path parent = libDir.toAbsolutePath().getParent();
        if (parent == null) {
            return null;
        }
        try {
            Path buildVersion = parent.resolve("build-version");
            if (Files.isRegularFile(buildVersion)) {
                String version = Files.readString(buildVersion).trim();
                return version.isEmpty() ? null : version;
            }
            Path versionPy = parent.resolve("version.py");
            if (Files.isRegularFile(versionPy)) {
                Matcher m = PIP_VERSION.matcher(Files.readString(versionPy));
                return m.find() ? m.group(1) : null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The libtorch version in the bundled JNI jar's properties (jni_version=2.7.1-0.36.0 gives 2.7.1), or null. */
    static String jniTorchVersion() {
        try (InputStream in = LibtorchVersionCheck.class.getClassLoader()
                .getResourceAsStream("jnilib/pytorch.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String jni = properties.getProperty("jni_version");
            return jni == null || jni.indexOf('-') < 0 ? null : jni.substring(0, jni.indexOf('-'));
        } catch (IOException e) {
            return null;
        }
    }
}
