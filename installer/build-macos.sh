#!/usr/bin/env bash
# Builds DriftLab's macOS installers with the JDK's jpackage: DriftLab.app and a .dmg.
#   installer/build-macos.sh [app-image|dmg|all]      (default: all)
# Output under target/installer/: DriftLab.app and DriftLab-VERSION.dmg.
# Needs, on a Mac with Apple silicon: a JDK 17+ (with jmods, as the Temurin builds have), Maven, and the Xcode
# command line tools (xcode-select --install; jpackage uses hdiutil and codesign). The app is not signed or
# notarised: on first start open it with right-click, Open (or: xattr -dr com.apple.quarantine DriftLab.app).
# Not run in this project's CI, which is Linux only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

what="${1:-all}"
case "$what" in
  app-image|dmg|all) ;;
  *) echo "usage: installer/build-macos.sh [app-image|dmg|all]" >&2; exit 2 ;;
esac

out="target/installer"
name="DriftLab"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
torch="$(sed -n 's:^ *<pytorch.version>\(.*\)</pytorch.version>$:\1:p' pom.xml | head -1)"
# DJL's PyTorch native jar for this Mac; PyTorch 2.x has no macOS x86_64 builds past 2.2.
torch_classifier="${DRIFTLAB_TORCH_CLASSIFIER:-osx-aarch64}"
# macOS bundle versions must not start with 0: a 0.x release is bundled as 1.0.0 (the .dmg file keeps the real
# version in its name; driftlab --version reports it too).
bundle_version="$version"
case "$version" in 0.*) bundle_version="1.0.0" ;; esac
description="Explore how analog in-memory-computing hardware changes a neural network's accuracy over time"

for tool in mvn jpackage jlink jdeps; do
  command -v "$tool" >/dev/null || { echo "build-macos.sh: $tool not found; install a JDK 17+ and Maven" >&2; exit 1; }
done
step() { echo "build-macos.sh: $*" >&2; }

# The Maven build picks the JavaFX jars of the machine it runs on; the PyTorch native jar in the pom is the Linux
# one, so it is swapped for the macOS one below (DJL would otherwise download the library on first use).
step "building target/driftlab.jar (mvn -B -q -DskipTests package)"
mvn -B -q -DskipTests package

step "staging the application in $out/input"
. installer/stage-input.sh
stage_input "$out"
rm -f "$out"/input/lib/pytorch-native-cpu-*.jar
mvn -B -q dependency:copy "-Dartifact=ai.djl.pytorch:pytorch-native-cpu:$torch:jar:$torch_classifier" \
  "-DoutputDirectory=$out/input/lib"

modules="${DRIFTLAB_MODULES:-}"
if [ -z "$modules" ]; then
  step "finding the Java modules the application needs (jdeps)"
  modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
    --class-path "target/lib/*" target/driftlab.jar),java.desktop,jdk.zipfs,jdk.crypto.ec"
fi
step "linking a Java runtime with $modules"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

common=(--dest "$out" --name "$name" --app-version "$bundle_version" --vendor "DriftLab" --description "$description"
  --copyright "Apache License 2.0")

step "making $out/$name.app"
jpackage --type app-image "${common[@]}" \
  --input "$out/input" --main-jar driftlab.jar --main-class org.driftlab.Launcher \
  --runtime-image "$out/runtime" --icon assets/icon/driftlab.icns \
  --mac-package-identifier org.driftlab.DriftLab --mac-package-name "$name" \
  --java-options '-Ddriftlab.assets=$APPDIR/assets'

if [ "$what" != "app-image" ]; then
  step "making the .dmg from the app"
  jpackage --type dmg "${common[@]}" --app-image "$out/$name.app" --license-file LICENSE \
    --mac-package-identifier org.driftlab.DriftLab
  if [ "$bundle_version" != "$version" ]; then
    mv "$out/$name-$bundle_version.dmg" "$out/$name-$version.dmg"
  fi
fi

if [ "$what" = "dmg" ]; then
  rm -rf "${out:?}/$name.app"
fi
rm -rf "${out:?}/input" "${out:?}/runtime"
step "done:"
ls -1d "$out"/* >&2
