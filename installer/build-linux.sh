#!/usr/bin/env bash
# Builds DriftLab's Linux installers with the JDK's jpackage: an app-image (a folder that runs in place) and a .deb.
#   installer/build-linux.sh [app-image|deb|all]      (default: all)
# Output under target/installer/: DriftLab/ (the app-image, run DriftLab/bin/DriftLab) and driftlab_VERSION_amd64.deb.
# Needs JDK 17+ with its jmods (Debian: openjdk-17-jdk-headless), Maven, and for the .deb dpkg-deb and fakeroot.
# The jar is built with Maven first when it is missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

what="${1:-all}"
case "$what" in
  app-image|deb|all) ;;
  *) echo "usage: installer/build-linux.sh [app-image|deb|all]" >&2; exit 2 ;;
esac

out="target/installer"
name="DriftLab"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
description="Explore how analog in-memory-computing hardware changes a neural network's accuracy over time"
icon="assets/icon/driftlab.png"

for tool in jpackage jlink jdeps; do
  command -v "$tool" >/dev/null || { echo "build-linux.sh: $tool not found; install a JDK 17+ (openjdk-17-jdk-headless)" >&2; exit 1; }
done

step() { echo "build-linux.sh: $*" >&2; }

jar_is_stale() {
  [ ! -f target/driftlab.jar ] && return 0
  [ -n "$(find pom.xml src/main -newer target/driftlab.jar -print -quit)" ]
}
if jar_is_stale; then
  step "building target/driftlab.jar (mvn -B -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi

step "staging the application in $out/input"
. installer/stage-input.sh
stage_input "$out"

# A trimmed Java runtime: the modules jdeps finds in the jar and its libraries, plus ones reached only by
# reflection or service loading (zip file systems, elliptic-curve TLS). DRIFTLAB_MODULES overrides the list.
modules="${DRIFTLAB_MODULES:-}"
if [ -z "$modules" ]; then
  step "finding the Java modules the application needs (jdeps)"
  modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
    --class-path "target/lib/*" target/driftlab.jar),java.desktop,jdk.zipfs,jdk.crypto.ec"
fi
step "linking a Java runtime with $modules"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

step "making the app-image $out/$name"
jpackage --type app-image --dest "$out" --name "$name" --app-version "$version" \
  --vendor "DriftLab" --description "$description" --copyright "Apache License 2.0" \
  --input "$out/input" --main-jar driftlab.jar --main-class org.driftlab.Launcher \
  --runtime-image "$out/runtime" --icon "$icon" \
  --java-options '-Ddriftlab.assets=$APPDIR/assets'

if [ "$what" != "app-image" ]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "build-linux.sh: $tool not found; the .deb needs dpkg-deb and fakeroot" >&2; exit 1; }
  done
  # The image is mostly compressed jars: xz gains 2 % over gzip and takes minutes longer (dpkg-deb honours this).
  export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
  step "making the .deb from the app-image ($DPKG_DEB_COMPRESSOR_TYPE)"
  jpackage --type deb --dest "$out" --name "$name" --app-version "$version" \
    --vendor "DriftLab" --description "$description" --copyright "Apache License 2.0" \
    --app-image "$out/$name" --icon "$icon" --license-file LICENSE --resource-dir installer/linux \
    --linux-package-name driftlab --linux-package-deps libgtk-3-0 \
    --linux-deb-maintainer "driftlab@users.noreply.github.com" \
    --linux-app-category science --linux-menu-group "Science;Education;" --linux-shortcut
fi

if [ "$what" = "deb" ]; then
  rm -rf "${out:?}/$name"
fi
rm -rf "${out:?}/input" "${out:?}/runtime"
step "done:"
ls -1d "$out"/* >&2
