/**
 * Where things go in a recorded frame, pure: which part of the map fills the frame, the pixel
 * ratio that makes the map's drawing buffer at least as large as the frame, the sizes of type
 * (designed for a 720-pixel-high frame and scaled), the legend's rows, and the frame files' names.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The centred part of a source (sw × sh) with the frame's shape: it covers the frame, cutting the sides or top and bottom. */
export function coverCrop(sw: number, sh: number, fw: number, fh: number): Rect {
  const scale = Math.max(fw / sw, fh / sh);
  const w = fw / scale;
  const h = fh / scale;
  return { x: (sw - w) / 2, y: (sh - h) / 2, w, h };
}

/**
 * The map's pixel ratio while recording: enough for its drawing buffer (client size × ratio) to
 * cover the frame without upscaling, never below the screen's and at most `max` (a larger buffer
 * is slower to draw, and WebGL limits its size).
 */
export function coveringPixelRatio(clientW: number, clientH: number, fw: number, fh: number, screen: number, max = 3) {
  const needed = Math.max(fw / Math.max(1, clientW), fh / Math.max(1, clientH));
  return Math.min(max, Math.max(screen, Math.ceil(needed * 100) / 100));
}

/** A size rounded down to even numbers, at least 2 × 2 (VP8 and VP9 want even dimensions). */
export const evenSize = (w: number, h: number) => ({
  width: Math.max(2, Math.floor(w / 2) * 2),
  height: Math.max(2, Math.floor(h / 2) * 2),
});

/** Type and margins for a frame `fh` pixels high, in pixels: a 720-pixel frame's sizes, scaled. */
export function frameType(fh: number) {
  const u = Math.max(0.5, fh / 720);
  return { unit: u, margin: 16 * u, pad: 10 * u, title: 13 * u, date: 26 * u, body: 14 * u, small: 11 * u };
}

export interface LegendEntry {
  color: string;
  label: string;
}

export interface LegendLayout {
  width: number;
  height: number;
  /** Each entry's swatch centre and text start, relative to the legend box. */
  rows: Array<{ entry: LegendEntry; swatchX: number; textX: number; y: number }>;
  /** The baseline of the line on solid and hollow markers. */
  precisionY: number;
}

/** The legend in two columns (as the app's legend), given a text measure at the body size. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  measure: (text: string) => number,
  type: ReturnType<typeof frameType>,
  precisionLine: string,
): LegendLayout {
  const line = type.body * 1.45;
  const swatch = type.body * 0.75;
  const columns = entries.length > 3 ? 2 : 1;
  const perColumn = Math.ceil(entries.length / columns);
  const columnWidth = Math.max(0, ...entries.map((e) => measure(e.label))) + swatch + type.pad;
  const rows = entries.map((entry, i) => {
    const column = Math.floor(i / perColumn);
    const x = type.pad + column * (columnWidth + type.pad * 1.5);
    return { entry, swatchX: x + swatch / 2, textX: x + swatch + type.pad * 0.6, y: type.pad + line * (i % perColumn) };
  });
  const precisionY = type.pad + line * perColumn + line * 0.75;
  const width = Math.max(
    type.pad * 2 + columns * columnWidth + (columns - 1) * type.pad * 1.5,
    type.pad * 3.5 + measure(precisionLine) + swatch * 3,
  );
  return { width, height: precisionY + type.pad, rows, precisionY };
}

/** The name of frame k (from 0) in the PNG sequence: frame-00001.png onwards, so that names sort in order. */
export const frameFileName = (k: number) => `frame-${String(k + 1).padStart(5, '0')}.png`;
