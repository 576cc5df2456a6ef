import { describe, expect, it } from 'vitest';
import {
  briefingFileBlob,
  briefingFileName,
  briefingLink,
  fromBase64Url,
  MAX_LINK_CHARS,
  readBriefingFile,
  readBriefingHash,
  toBase64Url,
} from './briefingLink';
import { emptyBriefing } from '../data/briefing/briefing';
import { appendStep } from '../data/briefing/steps';
import { step } from '../test/briefingFixtures';

const NOW = '2026-12-02T05:00:00.000Z';
const briefingOf = (n: number, caption = (i: number) => `Step ${i}: what the sources say\nsecond line`) =>
  Array.from({ length: n }, (_, i) => step(`s${i}`, caption(i))).reduce(
    (b, s) => appendStep(b, s, NOW),
    emptyBriefing('February', NOW),
  );

describe('a briefing link', () => {
  it('round-trips a briefing through the compressed hash', async () => {
    const b = briefingOf(3);
    const { link } = await briefingLink(b, 'http://127.0.0.1:4500/?from=2016-02-01#map=6/1/2');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4500\/\?from=2016-02-01#briefing=[A-Za-z0-9_-]+$/);
    const read = await readBriefingHash(new URL(link!).hash);
    expect(read).toEqual({ briefing: b, problems: [] });
  });

  it('is compressed: three steps fit in well under the limit', async () => {
    const { length } = await briefingLink(briefingOf(3), 'http://x/');
    const plain = JSON.stringify(briefingOf(3)).length;
    expect(length).toBeLessThan(plain / 2);
  });

  it('is not offered when the briefing is too long, and says how long it would be', async () => {
    const noisy = (i: number) =>
      Array.from({ length: 400 }, (_, k) => ((i * 7919 + k * 104729) % 9973).toString(36)).join(' ');
    const { link, length } = await briefingLink(briefingOf(20, noisy), 'http://x/');
    expect(link).toBeNull();
    expect(length).toBeGreaterThan(MAX_LINK_CHARS);
  });

  it('that was cut short or is not a briefing says so', async () => {
    const { link } = await briefingLink(briefingOf(2), 'http://x/');
    const cut = new URL(link!).hash.slice(0, 40);
    expect((await readBriefingHash(cut))!.problems[0]).toEqual({
      where: 'the link',
      message: 'holds a briefing that is cut short or damaged; ask for the link again, or for the file',
    });
    expect((await readBriefingHash('#briefing=%%%'))!.briefing).toBeNull();
    expect(await readBriefingHash('#map=6/1/2')).toBeNull();
  });

  it('that inflates past the size of a briefing file is refused, not read whole', async () => {
    const huge = new Uint8Array(6_000_000).fill(32);
    const piped = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bomb = new Uint8Array(await new Response(piped).arrayBuffer());
    const check = await readBriefingHash(`#briefing=${toBase64Url(bomb)}`);
    expect(check!.briefing).toBeNull();
    expect(check!.problems[0].message).toMatch(/^holds more than a briefing file may \(5,000,000 bytes\)/);
  });

  it('writes base64url without padding and reads it back', () => {
    const bytes = Uint8Array.from([251, 255, 0, 62, 63]);
    expect(toBase64Url(bytes)).toBe('-_8APj8');
    expect(fromBase64Url('-_8APj8')).toEqual(bytes);
  });
});

describe('a briefing file', () => {
  it('is named after the title and read back whole', async () => {
    const b = { ...briefingOf(2), title: 'Sabratha & Aleppo: 19–23 Feb' };
    expect(briefingFileName(b)).toBe('sabratha-aleppo-19-23-feb.briefing.json');
    const file = new File([briefingFileBlob(b)], briefingFileName(b));
    expect(await readBriefingFile(file)).toEqual({ briefing: b, problems: [] });
  });

  it('that is not JSON, or not a .json file, is refused with the file named', async () => {
    expect((await readBriefingFile(new File(['{oops'], 'x.briefing.json'))).problems[0].message).toMatch(
      /^is not valid JSON \(/,
    );
    expect((await readBriefingFile(new File(['{}'], 'notes.txt'))).problems).toEqual([
      { where: 'notes.txt', message: 'is not a .briefing.json file' },
    ]);
  });
});
