import { describe, expect, it } from 'vitest';
import { bundledIncident } from '../../test/bundledClaimsData';
import { mergeRecords } from './mergeRecords';

const strike = bundledIncident('sabratha-us-airstrike-qasr-talil');
const AT = '2026-12-02T06:00:00.000Z';
const authored = {
  ...strike,
  id: 'authored-1',
  title: 'US strike on Sabratha (from a pasted article)',
  provenance: 'quoted' as const,
  excerpts: [{ source: 'added-1-article', quote: 'US warplanes struck a house near Sabratha', offset: 12 }],
  casualties: { killed: [{ text: '41', min: 41, max: 41, source: 'added-1-article', attribution: 'the mayor' }] },
};

describe('merging two records of one event', () => {
  it('keeps every excerpt and casualty statement of both, each citing its own source', () => {
    const merged = mergeRecords(strike, authored, AT);
    expect(merged.id).toBe(strike.id);
    expect(merged.excerpts).toEqual([...strike.excerpts, ...authored.excerpts]);
    expect(merged.casualties!.killed).toEqual([...strike.casualties!.killed!, ...authored.casualties.killed]);
    expect(merged.where).toBe(strike.where);
  });

  it('says in its history what was merged and when, and is no longer "verbatim" once an unchecked excerpt joins', () => {
    const merged = mergeRecords(strike, authored, AT);
    expect(merged.mergedFrom).toEqual([{ id: 'authored-1', title: authored.title, at: AT }]);
    expect(strike.provenance).toBe('verbatim');
    expect(merged.provenance).toBe('quoted');
    expect(strike).not.toHaveProperty('mergedFrom');
  });

  it('counts an excerpt both records hold once', () => {
    const merged = mergeRecords(strike, { ...authored, excerpts: [strike.excerpts[0]] }, AT);
    expect(merged.excerpts).toEqual(strike.excerpts);
  });
});

describe('actors of a merged incident', () => {
  it('keeps the role the kept record gives an actor both name, and adds the others', () => {
    const other = {
      ...authored,
      actors: [
        { actor: 'united-states', role: 'participant' as const },
        { actor: 'nato', role: 'participant' as const },
      ],
    };
    const merged = mergeRecords(
      { ...strike, actors: [{ actor: 'united-states', role: 'perpetrator' as const }] },
      other,
      AT,
    );
    expect(merged.actors).toEqual([
      { actor: 'united-states', role: 'perpetrator' },
      { actor: 'nato', role: 'participant' },
    ]);
  });
});
