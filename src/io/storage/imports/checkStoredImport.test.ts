import { describe, expect, it, vi } from 'vitest';
import { importText } from '../../../data/import/importText';
import { incidentFeatureSchema } from '../../../data/schema';
import { CHECKED_PER_PAUSE, checkStoredImport } from './checkStoredImport';
import { splitIntoParts } from './importRecords';

const ID = 'import-0a1b2c3d4e5f-sheet';
function recordOf(rows: number, id = ID) {
  const csv = ['id,title,date,lat,lon,excerpt,url'];
  for (let n = 0; n < rows; n++)
    csv.push(`s-${n},T ${n},2016-02-${String(1 + (n % 28)).padStart(2, '0')},1,1,q,https://e.org`);
  const out = importText(csv.join('\n'), 'sheet.csv', {
    datasetId: id,
    fileName: 'sheet.csv',
    places: null,
    existingIds: new Set(),
  });
  const set = {
    id,
    name: 'sheet',
    fileName: 'sheet.csv',
    colour: '#E69F00',
    importedAt: '2026-11-22T00:00:00Z',
    count: rows,
    stored: true,
  };
  return { set, features: out.features, sources: out.sources };
}
const noPause = async () => {};
const check = (head: unknown, parts: unknown[] = []) => checkStoredImport(ID, head, parts, noPause);

describe('a stored import, checked as it is read back', () => {
  it('passes whole when nothing is wrong, in the layout of version 1 and in parts', async () => {
    const record = recordOf(2500);
    const inline = await check(record);
    expect(inline.ok && [inline.set, inline.features.length, Object.keys(inline.sources).length]).toEqual([
      record.set,
      2500,
      2500,
    ]);
    const { head, parts } = splitIntoParts(record);
    expect(parts.map((p) => p.features.length)).toEqual([1000, 1000, 500]);
    const parted = await check(head, parts);
    expect(parted.ok && [parted.features, parted.sources]).toEqual([record.features, record.sources]);
  });

  it('sets a record aside, named and with the reason, when its set description is wrong', async () => {
    const record = recordOf(1);
    expect(await check({ ...record, set: { ...record.set, name: { text: 'x' } } })).toEqual({
      ok: false,
      name: ID,
      reason: 'its name is not text',
    });
    expect(await check({ ...record, set: { ...record.set, colour: 'red; background:url(x)' } })).toMatchObject({
      ok: false,
      name: 'sheet',
      reason: 'its ring colour is not a #rrggbb colour',
    });
    expect(await check({ ...record, set: { ...record.set, id: 'import-other' } })).toMatchObject({
      reason: 'its id does not match the key it is stored under',
    });
    expect(await check({ ...record, set: null })).toMatchObject({ reason: 'it has no description of its set' });
    expect(await check('a string')).toMatchObject({ ok: false, reason: 'the record is not an object' });
  });

  it('keeps only the known fields of the set, so nothing else stored reaches the page', async () => {
    const record = recordOf(1);
    const checked = await check({ ...record, set: { ...record.set, extra: { html: '<img>' }, stored: 'yes' } });
    expect(checked.ok && checked.set).toEqual(record.set);
  });

  it('sets aside a record whose incidents are missing, or one of them no longer passes the schema', async () => {
    const record = recordOf(3);
    expect(await check({ ...record, features: null })).toMatchObject({
      ok: false,
      reason: 'its incidents (features) are not a list but null',
    });
    const features = structuredClone(record.features);
    features[1].geometry.coordinates = [12, 132] as [number, number];
    expect(await check({ ...record, features })).toMatchObject({
      ok: false,
      reason:
        'incident 2 (s-1) no longer passes the checks: geometry.coordinates.1 latitude must be between −90 and 90',
    });
  });

  it('keeps the provenance fields it was stored with, reads a record from before them as "quoted", and refuses bad values', async () => {
    const record = recordOf(2);
    const features = structuredClone(record.features);
    Object.assign(features[0].properties, {
      excerpts: [],
      provenance: 'summary',
      summary: { text: 'Coder note.', by: 'ACLED' },
      codedAs: { scheme: 'ACLED', type: 'Battles', subType: 'Armed clash' },
      titleMade: true,
    });
    delete (features[1].properties as { provenance?: string }).provenance;
    const read = await check({ ...record, features });
    expect(read.ok && read.features.map((f) => [f.properties.provenance, f.properties.summary?.by])).toEqual([
      ['summary', 'ACLED'],
      ['quoted', undefined],
    ]);
    const claimsVerbatim = structuredClone(features);
    Object.assign(claimsVerbatim[0].properties, { provenance: 'verbatim' });
    expect(await check({ ...record, features: claimsVerbatim })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /incident 1 .*excerpts needs at least one excerpt when its provenance is "verbatim"/,
      ),
    });
    const unknown = structuredClone(features);
    Object.assign(unknown[1].properties, { provenance: 'hearsay' });
    expect(await check({ ...record, features: unknown })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/incident 2 .*provenance/),
    });
    const noNote = structuredClone(features);
    delete noNote[0].properties.summary;
    expect(await check({ ...record, features: noNote })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/incident 1 .*summary is missing/),
    });
  });

  it('sets aside a record with a source outside its own namespace, not a plain object, or with a link that is not http(s)', async () => {
    const record = recordOf(1);
    const source = { fileName: 'x.csv', unit: 'row', row: 2 };
    expect(await check({ ...record, sources: { ...record.sources, 'someone-else-r2': source } })).toMatchObject({
      reason: `source "someone-else-r2" lies outside the set (this set's sources start with "${ID}-")`,
    });
    expect(
      await check({ ...record, sources: { [`${ID}-r2`]: { ...source, url: 'javascript:alert(1)' } } }),
    ).toMatchObject({
      reason: expect.stringContaining('has a link that is not http(s)'),
    });
    expect(await check({ ...record, sources: [source] })).toMatchObject({
      reason: 'its sources are not a plain object',
    });
  });

  it('sets aside a record in parts when a part is missing or damaged', async () => {
    const { head, parts } = splitIntoParts(recordOf(1500));
    expect(await check(head, parts.slice(0, 1))).toMatchObject({ reason: '1 of its 2 stored parts are missing' });
    expect(await check(head, [parts[0], { features: null, sources: {} }])).toMatchObject({
      reason: 'a stored part of it is damaged',
    });
  });

  it(`checks the incidents ${CHECKED_PER_PAUSE} at a time, with a pause between, so a large set does not hold up the page`, async () => {
    const record = recordOf(1000);
    const parse = vi.spyOn(incidentFeatureSchema, 'safeParse');
    parse.mockClear();
    const between: number[] = [];
    let since = 0;
    const pause = async () => {
      between.push(parse.mock.calls.length - since);
      since = parse.mock.calls.length;
    };
    const checked = await checkStoredImport(ID, record, [], pause);
    between.push(parse.mock.calls.length - since);
    parse.mockRestore();
    expect(checked.ok).toBe(true);
    // Parsed between one pause and the next (the 1,000 sources take no pause of their own).
    expect(between).toEqual([CHECKED_PER_PAUSE, CHECKED_PER_PAUSE, CHECKED_PER_PAUSE, CHECKED_PER_PAUSE]);
  });
});
