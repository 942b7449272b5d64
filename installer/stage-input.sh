# Sourced by the build scripts: stage_input OUT copies what jpackage puts in lib/app/ of the image into OUT/input:
# the jar, its libraries (found through the jar's Class-Path lib/...) and the files the application reads at run
# time (the embedded data set and shipped models in assets/, the sample experiments).
stage_input() {
  local out="$1"
  rm -rf "$out"
  mkdir -p "$out/input"
  cp target/driftlab.jar "$out/input/"
  cp -R target/lib "$out/input/lib"
  cp -R assets "$out/input/assets"
  cp -R sample-configs "$out/input/sample-configs"
}
