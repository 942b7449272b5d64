package org.driftlab.config;

/** Bound management of the output stage (aihwkit BoundManagementType). Written in files in lower snake case. */
public enum BoundManagement {
    NONE, ITERATIVE, ITERATIVE_WORST_CASE, SHIFT
}
