package org.driftlab.config;

/**
 * A whole analog-inference configuration, mirroring aihwkit's {@code InferenceRPUConfig} group by group.
 * Immutable; build variants with the {@code with...} methods or through {@link ConfigTree}.
 */
public record RpuConfig(
        IoParameters forward,
        NoiseModelParameter noiseModel,
        DriftCompensationParameter driftCompensation,
        ClipParameter clip,
        ModifierParameter modifier,
        RemapParameter remap,
        MappingParameter mapping,
        PrePostParameter prePost,
        SimulationParameter simulation) {

    /** aihwkit's {@code InferenceRPUConfig()}. */
    public static RpuConfig defaults() {
        return new RpuConfig(IoParameters.defaults(), PcmLikeNoise.defaults(), DriftCompensationParameter.defaults(),
                ClipParameter.defaults(), ModifierParameter.defaults(), RemapParameter.defaults(),
                MappingParameter.defaults(), PrePostParameter.defaults(), SimulationParameter.defaults());
    }

    public RpuConfig withForward(IoParameters value) {
        return new RpuConfig(value, noiseModel, driftCompensation, clip, modifier, remap, mapping, prePost, simulation);
    }

    public RpuConfig withNoiseModel(NoiseModelParameter value) {
        return new RpuConfig(forward, value, driftCompensation, clip, modifier, remap, mapping, prePost, simulation);
    }

    public RpuConfig withDriftCompensation(DriftCompensationType type) {
        return new RpuConfig(forward, noiseModel, new DriftCompensationParameter(type), clip, modifier, remap,
                mapping, prePost, simulation);
    }

    public RpuConfig withMapping(MappingParameter value) {
        return new RpuConfig(forward, noiseModel, driftCompensation, clip, modifier, remap, value, prePost, simulation);
    }

    public RpuConfig withSimulation(SimulationParameter value) {
        return new RpuConfig(forward, noiseModel, driftCompensation, clip, modifier, remap, mapping, prePost, value);
    }
}
