/**
 * How much the map's native incident layers (clusters, points with labels, the heatmap) are given
 * at once. Above this many incidents in the window they are left empty and the GPU points layer,
 * which draws a million points in a frame, shows the window on its own.
 *
 * Why: maplibre builds those layers in its workers and hands every tile's buffers, and the data of
 * a source loaded from a URL, back to the page in one piece. With 100,000 incidents in the window
 * that was four tasks of 0.6 to 1.9 s each on the main thread (a CPU profile of an idle tab
 * restoring 100,000 stored incidents, maplibre-gl 6.17), during which the page did not answer.
 * At 20,000 the same work stays within the GPU path's settle step.
 */
export const NATIVE_LAYERS_LIMIT = 20_000;
