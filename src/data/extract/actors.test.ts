import { describe, expect, it } from 'vitest';
import { assignRoles, createActorFinder, slugify } from './actors';

const TABLE = [
  { id: 'islamic-state', name: 'Islamic State', aliases: ['ISIL', 'ISIS', 'IS', 'Daesh', 'Islamic State (IS)'] },
  { id: 'us', name: 'United States', aliases: ['US', 'U.S.', 'American'] },
  { id: 'gna', name: 'Government of National Accord', aliases: [] },
];
const find = createActorFinder(TABLE);
const inText = (text: string) => find(text, { start: 0, end: text.length });

describe('actors: every alias of the table, and unknown organisations kept as written', () => {
  it.each([
    ['Daesh fighters attacked the town.', 'Daesh'],
    ['ISIL claimed the attack.', 'ISIL'],
    ['Militants from IS took the port.', 'IS'],
    ['The islamic state said so.', 'islamic state'],
  ])('%s → Islamic State (as written %s)', (text, written) => {
    const [hit] = inText(text);
    expect(hit).toMatchObject({ actor: 'islamic-state', name: 'Islamic State', asWritten: written, known: true });
    expect(text.slice(hit.start, hit.end)).toBe(written);
  });

  it.each([
    ['He said it is over.', 'a lower-case "is"'],
    ['The ISLAND was quiet.', 'IS inside a longer word'],
    ['The IS-linked group.', 'IS joined by a hyphen'],
  ])('finds no actor in %s (%s)', (text) => {
    expect(inText(text).filter((m) => m.actor === 'islamic-state')).toEqual([]);
  });

  it('prefers the longest alias and never reports overlapping mentions', () => {
    const text = 'The Government of National Accord and the U.S. met.';
    expect(inText(text).map((m) => [m.actor, m.asWritten])).toEqual([
      ['gna', 'Government of National Accord'],
      ['us', 'U.S.'],
    ]);
  });

  it('keeps an organisation the table lacks as written, with a slug id and known: false', () => {
    const text = 'The Syrian Observatory for Human Rights said 40 died.';
    const [hit] = inText(text);
    expect(hit).toMatchObject({ known: false, asWritten: 'Syrian Observatory for Human Rights' });
    expect(hit.actor).toBe('syrian-observatory-for-human-rights');
  });

  it('finds actors only inside the sentence it is given, at offsets into the whole text', () => {
    const text = 'ISIS struck. Daesh retreated.';
    const hits = find(text, { start: 13, end: text.length });
    expect(hits.map((h) => [h.asWritten, h.start])).toEqual([['Daesh', 13]]);
  });
});

describe('roles from word order, said so', () => {
  it('makes the actor after "against" the target and the first other the perpetrator', () => {
    const text = 'ISIS launched an attack against the United States.';
    const roles = assignRoles(text, inText(text), true);
    expect(roles.map((r) => [r.actor, r.role])).toEqual([
      ['islamic-state', 'perpetrator'],
      ['us', 'target'],
    ]);
    expect(roles[1].roleBasis).toContain('against');
  });

  it('makes everyone a participant when the sentence reports no violence, once per actor', () => {
    const text = 'ISIS and Daesh and the US.';
    const roles = assignRoles(text, inText(text), false);
    expect(roles.map((r) => [r.actor, r.role])).toEqual([
      ['islamic-state', 'participant'],
      ['us', 'participant'],
    ]);
  });
});

describe('slugify', () => {
  it.each([
    ['Syrian Observatory', 'syrian-observatory'],
    ['Ansar al-Sharía', 'ansar-al-sharia'],
    ['—', 'unnamed'],
  ])('%s → %s', (words, slug) => expect(slugify(words)).toBe(slug));
});
