/**
 * Distances the sources state between two places, e.g. "Zubair, around 9 miles southwest of
 * Basra", found in excerpts so the app can set the computed figure beside the stated one.
 */
export interface StatedDistance {
  /** The words as written, e.g. "around 9 miles southwest of Basra". */
  text: string;
  value: number;
  unit: 'mi' | 'km';
  /** Compass word as written, e.g. "southwest". */
  direction: string;
  /** The place the distance is measured from, as written. */
  from: string;
  hedge?: string;
}

const PATTERN =
  /\b(?:(around|about|some|nearly|roughly|approximately|almost|over|more than|less than)\s+)?(\d+(?:[.,]\d+)?)\s*(miles?|mi|km|kilomet(?:re|er)s?)\s+((?:north|south|east|west)(?:[- ]?(?:north|south|east|west))*)\s+of\s+((?:al-|el-|as-|ad-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/g;

export function findStatedDistances(quote: string): StatedDistance[] {
  const found: StatedDistance[] = [];
  for (const m of quote.matchAll(PATTERN)) {
    const [text, hedge, number, unit, direction, from] = m;
    found.push({
      text: text.replace(/[.,;]$/, ''),
      value: Number(number.replace(',', '.')),
      unit: /^mi/.test(unit) ? 'mi' : 'km',
      direction: direction.toLowerCase().replace(/[- ]/g, ''),
      from,
      ...(hedge ? { hedge } : {}),
    });
  }
  return found;
}
