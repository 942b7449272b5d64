package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.AnalogTile;

/**
 * A read-only look at one weight layer of a network: its name, kind, weight shape, whether it is analog, and for an
 * analog layer its tiles (shapes, weights and conductances). Arrays returned are the live ones: do not close them.
 */
public record AnalogLayerView(String name, LayerKind kind, Shape weightShape, boolean analog, List<TileView> tiles) {
    public AnalogLayerView {
        tiles = List.copyOf(tiles);
    }

    public int tileCount() {
        return tiles.size();
    }

    public List<Shape> tileShapes() {
        return tiles.stream().map(TileView::shape).toList();
    }

    /** One tile: its matrix shape [out, in] and its states, each null until it exists. */
    public record TileView(AnalogTile tile) {
        public Shape shape() {
            return new Shape(tile.outSize(), tile.inSize());
        }

        /** Target weights in tile units. */
        public NDArray targetWeights() {
            return tile.referenceWeights();
        }

        /** The weights the tile reads now (target, programmed or drifted), tile units. */
        public NDArray currentWeights() {
            return tile.currentWeights();
        }

        /** Target conductances [G+, G-, ...] (µS) of the last programming, or null before it. */
        public List<NDArray> targetConductances() {
            return tile.programmed() == null ? null : tile.programmed().target().slices();
        }

        /** Programmed conductances (µS), or null before programming. */
        public List<NDArray> programmedConductances() {
            return tile.programmed() == null ? null : tile.programmed().programmedSlices();
        }

        /** Programmed weights in tile units, or null before programming. */
        public NDArray programmedWeights() {
            return tile.programmed() == null ? null : tile.programmed().weights();
        }

        /** Drifted conductances (µS) of the last drift, or null when not drifted since programming. */
        public List<NDArray> driftedConductances() {
            return tile.drifted() == null ? null : tile.drifted().slices();
        }

        /** Drifted weights in tile units, or null. */
        public NDArray driftedWeights() {
            return tile.drifted() == null ? null : tile.drifted().weights();
        }

        /** The mapping scales [1, out] that bring tile units to layer units. */
        public NDArray mappingScales() {
            return tile.mappingScales();
        }

        /** The drift-compensation factor. */
        public NDArray alpha() {
            return tile.alpha();
        }
    }
}
