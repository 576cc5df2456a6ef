import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText } from './decodeText';

/** Windows-1252 bytes of a text of Latin-1 letters (and the few 1252 punctuation marks used here). */
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((ch) => ({ '’': 0x92, '€': 0x80, '–': 0x96 })[ch] ?? ch.charCodeAt(0)));
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText: the bytes of a dropped file → its text, or why it cannot be read', () => {
  it('reads UTF-8 as is, without a notice, dropping a byte-order mark', () => {
    expect(decodeText(utf8('title\nAttaque à Deir ez-Zôr\n'))).toEqual({
      ok: true,
      text: 'title\nAttaque à Deir ez-Zôr\n',
    });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a,b')]))).toEqual({ ok: true, text: 'a,b' });
  });

  it('reads an Excel export in Windows-1252 with the right letters, and says it did', () => {
    const out = decodeText(cp1252('title\nAttaque à Deir ez-Zôr, l’OSDH\n'));
    expect(out).toMatchObject({ ok: true, text: 'title\nAttaque à Deir ez-Zôr, l’OSDH\n' });
    expect(out.ok && out.notice).toMatch(/^was read as Windows-1252: it is not UTF-8/);
  });

  it('does not refuse text dense with accents as binary', () => {
    const dense = 'Élevé à Ménaka, près d’Aïn Séfra: déjà évoqué, à côté, été, créé. '.repeat(60);
    const out = decodeText(cp1252(dense));
    expect(out).toMatchObject({ ok: true, text: dense });
  });

  it('reads UTF-16 without a byte-order mark from its pattern of NULs, either byte order', () => {
    const text = 'id,title\nu-1,Strike near سراقب\n';
    const le = decodeText(utf16(text, true));
    expect(le).toMatchObject({ ok: true, text });
    expect(le.ok && le.notice).toMatch(/^was read as UTF-16 \(little-endian\)/);
    expect(decodeText(utf16(text, false))).toMatchObject({ ok: true, text });
  });

  it('reads UTF-16 with a byte-order mark without a notice', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16('a,b', true)]))).toEqual({ ok: true, text: 'a,b' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16('a,b', false)]))).toEqual({ ok: true, text: 'a,b' });
  });

  it('refuses random bytes as not text', () => {
    const junk = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) >>> 24);
    expect(decodeText(junk)).toEqual({
      ok: false,
      reason: 'does not look like text; import a CSV, GeoJSON or JSON file',
    });
  });

  it('refuses a legacy non-Latin encoding rather than show it as accented nonsense', () => {
    // "السلام عليكم" repeated, in Windows-1256: whole words of bytes above 0x7F.
    const arabic = Uint8Array.from(
      Array.from({ length: 40 }, () => [
        0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3, 0x0a,
      ]).flat(),
    );
    const out = decodeText(arabic);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toMatch(/is not UTF-8.*save it as UTF-8/);
  });

  it('reads UTF-8 with a few broken bytes as UTF-8, naming how many and where', () => {
    const bytes = Uint8Array.from([...utf8('title\nDeir ez-Zôr\nAlep'), 0xff, ...utf8('\n')]);
    const out = decodeText(bytes);
    expect(out).toMatchObject({ ok: true, text: 'title\nDeir ez-Zôr\nAlep\uFFFD\n' });
    expect(out.ok && out.notice).toBe(
      'is UTF-8 except for 1 byte that is not (the first on line 3); it was replaced with "�"',
    );
  });

  // Text with a NUL after every other character is read as UTF-16 (the test above): NUL is left out here.
  it('fuzz: any text saved as UTF-8 reads back unchanged, with no notice', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 }).filter((t) => !t.includes('\u0000'));
    fc.assert(
      fc.property(text, (text) => {
        const out = decodeText(utf8(text));
        expect(out).toEqual({ ok: true, text: text.replace(/^\uFEFF/, '') });
      }),
      { numRuns: 400 },
    );
  });

  // Words as Western-European languages write them: an accented letter between plain ones.
  it('fuzz: Western-European text saved as Windows-1252 reads back unchanged', () => {
    const plain = fc.constantFrom(...'abcXYZ 019,;."\n'.split(''));
    const accent = fc.constantFrom(...'éèêàâôûçÉÀÔñüöäß’€–'.split(''));
    const token = fc.tuple(plain, fc.option(accent, { nil: '' })).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 80 }), (tokens) => {
        const text = tokens.join('');
        expect(decodeText(cp1252(text))).toMatchObject({ ok: true, text });
      }),
      { numRuns: 400 },
    );
  });
});
