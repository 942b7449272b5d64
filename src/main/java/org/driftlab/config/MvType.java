package org.driftlab.config;

/** How the analog matrix-vector product is done (aihwkit AnalogMVType). Written in files in lower snake case. */
public enum MvType {
    ONE_PASS, IDEAL, POS_NEG_SEPARATE, POS_NEG_SEPARATE_DIGITAL_SUM
}
