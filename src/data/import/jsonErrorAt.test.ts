import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorAt, lineAndColumn } from './jsonErrorAt';

describe('jsonErrorAt', () => {
  it.each([
    ['{"a": }', 6], ['[1, 2,]', 6], ['{"a" 1}', 5], ['{"a": 1}}', 8], ['[1, 2', 5], ['"abc', 4], ['{"a": tru}', 6], ['[01]', 2],
  ])('%s goes wrong at %i', (text, at) => {
    expect(jsonErrorAt(text)).toBe(at);
  });

  it('agrees with JSON.parse: valid texts have no error, truncated ones end early', () => {
    fc.assert(fc.property(fc.json(), fc.nat(), (text, n) => {
      expect(jsonErrorAt(text)).toBe(-1);
      const cut = text.slice(0, n % Math.max(1, text.length));
      let parses = true;
      try { JSON.parse(cut); } catch { parses = false; }
      expect(jsonErrorAt(cut) === -1).toBe(parses);
    }), { numRuns: 500 });
  });

  it('gives 1-based lines and columns', () => {
    expect(lineAndColumn('{\n  "a": x', 9)).toEqual({ line: 2, column: 8 });
  });
});
