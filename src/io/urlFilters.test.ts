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
      q: 'Daesh',
      layers: { heatmap: true, clusters: false },
      context: ['aleppo-supply-road'],
      area: [11.5, 32, 13.5, 33.5],
    };
    const params = new URLSearchParams();
    writeUrlFilters(filters, params);
    expect(params.toString()).toBe(
      'hide=airstrike%2Clegal&actor=islamic-state&hideprec=region%2Ccountry&q=Daesh&layers=heatmap%2C-clusters&context=aleppo-supply-road&area=11.5%2C32%2C13.5%2C33.5',
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
  ])('keeps what is valid in %s and says what was ignored', (search, expected, notice) => {
    const { filters, notices } = parse(search);
    expect(filters).toEqual(expected);
    expect(notices).toEqual([expect.stringMatching(notice)]);
  });
});
