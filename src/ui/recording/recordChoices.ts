/**
 * What the Record dialog offers, pure: the frame sizes (720p, 1080p and the map's own size, in
 * even pixels), the frame rates, and the length a recording gets unless the user sets one (as
 * long as Play takes to reach the end of the record, within limits).
 */

export interface SizeChoice {
  id: string;
  label: string;
  width: number;
  height: number;
}

export const FRAME_RATES = [24, 30] as const;
export const MAX_SECONDS = 600;
/** A recording is 20 s unless Play reaches the end sooner; the user can make it longer. */
const DEFAULT_SECONDS = 20;

export function sizeChoices(mapSize: { width: number; height: number } | null): SizeChoice[] {
  const choices: SizeChoice[] = [
    { id: '720p', label: '1280 × 720 (720p)', width: 1280, height: 720 },
    { id: '1080p', label: '1920 × 1080 (1080p)', width: 1920, height: 1080 },
  ];
  if (mapSize && mapSize.width >= 2 && mapSize.height >= 2) {
    const width = Math.floor(mapSize.width / 2) * 2;
    const height = Math.floor(mapSize.height / 2) * 2;
    choices.push({ id: 'map', label: `The map’s size (${width} × ${height})`, width, height });
  }
  return choices;
}

/** The length offered at first: until Play reaches the end of the record, at most DEFAULT_SECONDS. */
export const defaultSeconds = (untilEnd: number) => Math.max(1, Math.min(DEFAULT_SECONDS, Math.ceil(untilEnd)));

/** A length typed by the user, as whole seconds within 1 and MAX_SECONDS, or null when it is not a number. */
export function parseSeconds(text: string): number | null {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isFinite(value)) return null;
  return Math.max(1, Math.min(MAX_SECONDS, Math.round(value)));
}

/** A byte count for people: 840 kB, 12.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
