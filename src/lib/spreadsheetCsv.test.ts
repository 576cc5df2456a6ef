import { describe, expect, it } from 'vitest';
import { spreadsheetCell, spreadsheetCsv } from './spreadsheetCsv';

describe('spreadsheetCell', () => {
  it.each([
    // value, cell as written
    ['plain text', '"plain text"'],
    ['say "hi", then go', '"say ""hi"", then go"'],
    ['two\nlines', '"two\nlines"'],
    ['', '""'],
    [undefined, '""'],
    [null, '""'],
    [false, '"false"'],
    [42, '"42"'],
    [-12.5, '"-12.5"'],
    ['-3', '"-3"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1+2', '"\'+1+2"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['a=1', '"a=1"'],
  ])('writes %j as %s', (value, cell) => {
    expect(spreadsheetCell(value)).toBe(cell);
  });
});

describe('spreadsheetCsv', () => {
  it('starts with a BOM, separates cells with commas and ends every line with CRLF', () => {
    expect(
      spreadsheetCsv([
        ['a', 'b'],
        [1, '=x'],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"1","\'=x"\r\n');
  });
});
