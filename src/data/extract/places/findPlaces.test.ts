/** Table-driven checks of the place finder on short texts, against the full gazetteer (SimpleMaps + GeoNames + hand-cited). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaceGazetteer } from '../../../../scripts/lib/loadPlaceGazetteer';
import type { FindPlaces, PlaceMention } from '../types';
import { createPlaceFinder } from './createPlaceFinder';

let find: FindPlaces;
beforeAll(() => {
  find = createPlaceFinder(loadPlaceGazetteer({ geonames: true }));
}, 120_000);

const run = (text: string, dateline?: string): PlaceMention[] => {
  const mentions = find({ text, published: '2016-02-20', ...(dateline ? { dateline } : {}) }, []);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.asWritten);
  return mentions;
};
const mention = (text: string, asWritten: string) => run(text).find((m) => m.asWritten === asWritten);

describe('nested place names', () => {
  it.each([
    ['Students at Aleppo University fled the shelling.', 'Aleppo', 'SY'],
    ['A guard of the Sirte Oil Company was wounded.', 'Sirte', 'LY'],
    ['The Benghazi Defence Brigades advanced on Ajdabiya.', 'Benghazi', 'LY'],
    ['He taught at the University of Aleppo until 2012.', 'Aleppo', 'SY'],
  ])('%s → %s', (text, asWritten, country) => {
    const m = mention(text, asWritten);
    expect(m?.kind).toBe('nested');
    expect(m?.candidates[0]?.country).toBe(country);
  });
});

describe('demonyms', () => {
  it.each([
    ['Syrian troops retook the town.', 'Syrian', 'SY'],
    ['Libyan officials said nothing.', 'Libyan', 'LY'],
    ['An Iraqi commander was killed.', 'Iraqi', 'IQ'],
    ['Two Tunisians were among the dead.', 'Tunisians', 'TN'],
    ['U.S. warplanes struck the camp.', 'U.S.', 'US'],
  ])('%s → %s', (text, asWritten, country) => {
    const m = mention(text, asWritten);
    expect(m?.kind).toBe('demonym');
    expect(m?.candidates).toHaveLength(1);
    expect(m?.candidates[0]).toMatchObject({ country, precision: 'country' });
  });
});

describe('ambiguous names, decided from the other places in the article', () => {
  it.each([
    [
      'Fighting near Sabratha and Misrata spread to Tripoli on Monday.',
      'Tripoli',
      'LY',
      /Libya or Lebanon; Libya, from Sabratha and Misrata/,
    ],
    [
      'Clashes in Beirut and Sidon spilled over to Tripoli in the north of Lebanon.',
      'Tripoli',
      'LB',
      /Lebanon or Libya; Lebanon, from/,
    ],
    ['Officials met in Tripoli.', 'Tripoli', 'LY', /Libya or Lebanon; the article does not settle it/],
  ])('%s', (text, asWritten, country, reason) => {
    const m = mention(text, asWritten);
    expect(m?.candidates[0]?.country).toBe(country);
    expect(m?.candidates.map((c) => c.country)).toEqual(expect.arrayContaining(['LY', 'LB']));
    expect(m?.ambiguity).toMatch(reason);
  });
});

describe('datelines: where the reporter filed from', () => {
  it.each([
    ['TRIPOLI (Reuters) - Gunmen attacked a checkpoint.', 'TRIPOLI', 'LY'],
    ['BENGHAZI, Libya — Gunmen attacked a checkpoint.', 'BENGHAZI', 'LY'],
    ['BEIRUT, Feb 23 (Reuters) - Gunmen attacked a checkpoint.', 'BEIRUT', 'LB'],
    ['Headline here\n\nTHIES, Senegal (Reuters) – A drill began.', 'THIES', 'SN'],
    ['ROME -- Nations fighting the group met.', 'ROME', 'IT'],
  ])('%s', (text, asWritten, country) => {
    const m = mention(text, asWritten);
    expect(m?.kind).toBe('dateline');
    expect(m?.candidates[0]?.country).toBe(country);
  });
  it('splits a shared dateline and uses one the caller gives', () => {
    expect(run('WASHINGTON/LOS ANGELES (Reuters) – A filing.').map((m) => m.asWritten)).toEqual([
      'WASHINGTON',
      'LOS ANGELES',
    ]);
    expect(run('Headline\nMOSUL, Iraq (AP) - Text.', 'MOSUL, Iraq (AP) -')[0]).toMatchObject({
      kind: 'dateline',
      asWritten: 'MOSUL',
    });
  });
});

describe('transliteration variants meet one place', () => {
  it.each([
    ['Deir al-Zor', 'Deir ez-Zor', 'Dayr az Zawr', 'Deir el-Zour'],
    ['Khanaser', 'Khanasir', 'Khanassir'],
    ['Zubair', 'Az Zubayr'],
    ['Misrata', 'Misurata', 'Misratah'],
    ['Sirte', 'Surt'],
  ])('%s', (...spellings) => {
    const refs = spellings.map((s) => mention(`Fighting was reported in ${s} on Monday.`, s)?.candidates[0]?.source);
    expect(refs[0]).toBeDefined();
    expect(new Set(refs).size).toBe(1);
  });
});

describe('common words and people that are towns somewhere are not places', () => {
  it.each([
    'Of the 40 people killed, most were Tunisians.',
    'Most of the fighters fled.',
    'Say what you will, it was a Nice idea. Reading the news, she frowned.',
    'Mobile phones were seized by Police on Monday in March.',
    'The Islamic State group claimed it. State media said so.',
    'Saddam Hussein and President Barack Obama were named. Hussein was not there; Obama spoke.',
    'Defense Secretary Ash Carter said so. Carter added nothing.',
    'He spoke to the White House on Tuesday and Wednesday.',
    'Oilfield services company Weatherford said it lost the device. Weatherford said so.',
  ])('%s', (text) => {
    expect(run(text).filter((m) => m.kind !== 'demonym')).toEqual([]);
  });
  it('still finds such a town after a place cue', () => {
    expect(mention('The festival was held in Nice, France.', 'Nice')?.candidates[0]?.country).toBe('FR');
  });
});
