import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorAt, lineAndColumn } from './jsonErrorAt';

describe('jsonErrorAt', () => {
  it.each([
    ['{"a": }', 6],
    ['[1, 2,]', 6],
    ['{"a" 1}', 5],
    ['{"a": 1}}', 8],
    ['[1, 2', 5],
    ['"abc', 4],
    ['{"a": tru}', 6],
    ['[01]', 2],
  ])('%s goes wrong at %i', (text, at) => {
    expect(jsonErrorAt(text)).toBe(at);
  });

  it('agrees with JSON.parse: valid texts have no error, truncated ones end early', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (text, n) => {
        expect(jsonErrorAt(text)).toBe(-1);
        const cut = text.slice(0, n % Math.max(1, text.length));
        let parses = true;
        try {
          JSON.parse(cut);
        } catch {
          parses = false;
        }
        expect(jsonErrorAt(cut) === -1).toBe(parses);
      }),
      { numRuns: 500 },
    );
  });

  it('gives 1-based lines and columns', () => {
    expect(lineAndColumn('{\n  "a": x', 9)).toEqual({ line: 2, column: 8 });
  });

  it('finds the end of truncated JSON nested 100,000 deep without overflowing the stack', () => {
    expect(jsonErrorAt('['.repeat(100_000))).toBe(100_000);
    expect(jsonErrorAt(`${'{"a":['.repeat(50_000)}1,}`)).toBe(50_000 * 6 + 2);
  });

  it('fuzz: nesting of any depth, cut anywhere, ends at the cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.nat(), (depth, n) => {
        const text = `${'[{"k":'.repeat(depth)}1${'}]'.repeat(depth)}`;
        expect(jsonErrorAt(text)).toBe(-1);
        const cut = n % text.length;
        expect(jsonErrorAt(text.slice(0, cut))).toBe(cut);
      }),
      { numRuns: 100 },
    );
  });

  it('fuzz: agrees with JSON.parse on corrupted JSON: an error is found exactly when JSON.parse fails', () => {
    const junk = fc.constantFrom(...'{}[]:,"\\ x01-.eE\n\t'.split(''), '\u0001', 'true', 'nul', '\\u12');
    fc.assert(
      fc.property(fc.json(), fc.nat(), junk, (json, n, insert) => {
        const at = n % (json.length + 1);
        const text = json.slice(0, at) + insert + json.slice(at);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonErrorAt(text) === -1).toBe(parses);
      }),
      { numRuns: 1000 },
    );
  });
});
