import { describe, expect, it } from 'vitest';
import { parseUrlFilters, writeUrlFilters, type UrlFilters } from './urlFilters';

const ctx = { actorIds: new Set(['islamic-state']), contextIds: new Set(['aleppo-supply-road']) };
const parse = (search: string) => {
  const notices: string[] = [];
  return { filters: parseUrlFilters(new URLSearchParams(search), ctx, notices), notices };
};

describe('filters in the URL', () => {
  it('round-trips every filter and layer', () => {
    const filters: UrlFilters = {
      hide: ['airstrike', 'legal'],
      actor: 'islamic-state',
      hidePrecisions: ['region', 'country'],
      hideGrades: ['weak', 'contested'],
      hideSourcing: ['summary', 'none'],
      colour: 'grade',
      q: 'Daesh',
      layers: { heatmap: true, clusters: false },
      context: ['aleppo-supply-road'],
      area: [11.5, 32, 13.5, 33.5],
    };
    const params = new URLSearchParams();
    writeUrlFilters(filters, params);
    expect(params.toString()).toBe(
      'hide=airstrike%2Clegal&actor=islamic-state&hideprec=region%2Ccountry&hidegrade=weak%2Ccontested&hidesrc=summary%2Cnone&colour=grade&q=Daesh&layers=heatmap%2C-clusters&context=aleppo-supply-road&area=11.5%2C32%2C13.5%2C33.5',
    );
    expect(parse(params.toString())).toEqual({ filters, notices: [] });
  });

  it.each([
    ['hide=airstrike,nonsense', { hide: ['airstrike'] }, /hide=nonsense: not known/],
    ['actor=martians', {}, /no actor has that id/],
    ['layers=heatmap,-warp', { layers: { heatmap: true } }, /layers=warp: not known/],
    ['context=atlantis', {}, /context=atlantis: not known/],
    ['area=1,2,3', {}, /expected west,south,east,north/],
    ['area=10,50,5,60', {}, /expected west,south,east,north/],
    ['hideprec=galaxy', {}, /not known/],
    ['hidegrade=weak,superb', { hideGrades: ['weak'] }, /hidegrade=superb: not known/],
    ['hidesrc=none,rumour,none', { hideSourcing: ['none'] }, /hidesrc=rumour: not known/],
    ['colour=rainbow', {}, /colour=rainbow: use colour=grade or colour=category/],
  ])('keeps what is valid in %s and says what was ignored', (search, expected, notice) => {
    const { filters, notices } = parse(search);
    expect(filters).toEqual(expected);
    expect(notices).toEqual([expect.stringMatching(notice)]);
  });
});

describe('list parameters', () => {
  it('reads a repeated value once: hide=attack,attack hides attack', () => {
    expect(parse('hide=attack,attack')).toEqual({ filters: { hide: ['attack'] }, notices: [] });
    expect(parse('context=aleppo-supply-road,aleppo-supply-road,%20aleppo-supply-road').filters).toEqual({
      context: ['aleppo-supply-road'],
    });
  });

  it('takes the last word for a layer named twice', () => {
    expect(parse('layers=heatmap,-heatmap,clusters').filters).toEqual({ layers: { heatmap: false, clusters: true } });
  });

  it('reads a 200,000-item list in linear work: each item is looked at a bounded number of times', () => {
    const n = 200_000;
    const words = Array.from({ length: n }, (_, i) =>
      i % 4 === 3 ? `nonsense-${i}` : ['attack', 'siege', 'legal'][i % 4],
    );
    const scanned = countArrayScans(() => parse(`hide=${words.join(',')}`), 20 * n);
    expect(scanned.result.filters).toEqual({ hide: ['attack', 'siege', 'legal'] });
    expect(scanned.result.notices).toEqual([
      expect.stringMatching(/^Ignored hide=nonsense-3,nonsense-7,.*: not known\.$/),
    ]);
    expect(scanned.elements).toBeLessThanOrEqual(20 * n);
  });
});

describe('numbers in the URL', () => {
  it.each([
    '0x10,30,20,35',
    '1e1,30,20,35',
    '%205,30,20,35',
    '5,30,20,Infinity',
    '+5,30,20,35',
    '5,30,20,35,',
    '.5,30,20,35',
  ])('refuses area=%s, naming the parameter: numbers are written in decimal', (value) => {
    const { filters, notices } = parse(`area=${value}`);
    expect(filters).toEqual({});
    expect(notices).toEqual([expect.stringMatching(/^Ignored area=.*decimal/)]);
  });

  it('accepts negative and many-decimal degrees', () => {
    expect(parse('area=-12.123456789,-33.5,-11.000001,0').filters).toEqual({
      area: [-12.123456789, -33.5, -11.000001, 0],
    });
  });
});

const SCANNING = [
  'includes',
  'indexOf',
  'lastIndexOf',
  'filter',
  'map',
  'some',
  'every',
  'find',
  'findIndex',
  'forEach',
  'reduce',
] as const;

/**
 * Runs `act` while counting the array elements that Array.prototype's scanning methods may visit
 * (the length of each array they are called on). Past `budget` it stops the work: a quadratic
 * parser fails quickly here instead of running for minutes.
 */
function countArrayScans<T>(act: () => T, budget: number): { result: T; elements: number } {
  let elements = 0;
  const originals = SCANNING.map((name) => [name, Array.prototype[name]] as const);
  for (const [name, original] of originals)
    Object.defineProperty(Array.prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...args: unknown[]) {
        elements += this.length;
        if (elements > budget) throw new Error(`more than ${budget} array elements scanned: the work is not linear`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  try {
    return { result: act(), elements };
  } finally {
    for (const [name, original] of originals)
      Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });
  }
}
