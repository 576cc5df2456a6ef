import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/appStore';
import type { ImportReport } from '../../store/types';
import { resetAppStore } from '../../test/appStoreFixture';
import { ImportStatus } from './ImportStatus';
import { importFile } from '../../io/importFiles';
import type { ImportWorkerLike } from '../../io/importWorkerClient';

const HOSTILE = '<img src=x onerror=alert(1)>';

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    fileName: 'field-notes.csv',
    unit: 'row',
    loaded: 3,
    total: 5,
    problems: [
      { row: 3, field: 'date', reason: '"last Tuesday" is not a date (YYYY-MM-DD)' },
      { row: 3, field: 'latitude', reason: 'is missing while longitude is given' },
      { row: 6, field: 'id', id: 'x-1', reason: '"x-1" is already used by row 2 of this file' },
    ],
    unusedColumns: ['reporter', 'weather'],
    ...overrides,
  };
}
const show = (r: ImportReport | null) => act(() => appStore.getState().setImportReport(r));
const problemTexts = () =>
  within(screen.getByRole('list', { name: 'Problems' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ImportStatus', () => {
  beforeEach(() => resetAppStore());
  afterEach(() => vi.restoreAllMocks());

  it('shows nothing when no file is being read and there is no report', () => {
    const { container } = render(<ImportStatus />);
    expect(container.textContent).toBe('');
  });

  it('shows the progress of the file being read', () => {
    render(<ImportStatus />);
    act(() => appStore.getState().setImportJob({ fileName: 'big.csv', done: 1200, total: 4800 }));
    const region = screen.getByRole('region', { name: 'Import' });
    expect(region.textContent).toContain('Reading big.csv…');
    expect(region.textContent).toContain('Validated 1,200 of 4,800 rows');
    const bar = screen.getByRole('progressbar', { name: 'Validated 1200 of 4800 rows' }) as HTMLProgressElement;
    expect(bar.value).toBe(0.25);
  });

  it('while a CSV streams in, shows how much of the file is read, the rows so far and rows per second', () => {
    render(<ImportStatus />);
    const job = { fileName: 'acled.csv', done: 30e6, total: 120e6, reading: { rows: 90_000 }, rowsPerSecond: 30_000 };
    act(() => appStore.getState().setImportJob(job));
    const region = screen.getByRole('region', { name: 'Import' });
    expect(region.textContent).toContain('Read 25% of the file: 90,000 rows so far · 30,000 rows/s');
    expect(screen.getByRole('progressbar', { name: 'Read 25% of the file: 90,000 rows' })).toBeTruthy();
    act(() => appStore.getState().setImportJob({ ...job, done: 120e6, reading: { rows: 400_000 } }));
    expect(region.textContent).toContain(
      'Read the whole file: 400,000 rows · 30,000 rows/s. Preparing them to be checked…',
    );
  });

  it('reports how many loaded and lists each problem by row, field and reason', () => {
    render(<ImportStatus />);
    show(report());
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('field-notes.csv');
    // Two rows failed (row 3 twice, row 6 once).
    expect(region.textContent).toContain('3 of 5 rows loaded as a new layer. 2 could not be loaded:');
    expect(problemTexts()).toEqual([
      'row 3: date "last Tuesday" is not a date (YYYY-MM-DD)',
      'row 3: latitude is missing while longitude is given',
      'row 6: id "x-1" is already used by row 2 of this file',
    ]);
    expect(region.textContent).toContain('Columns not used: reporter, weather.');
  });

  it('names rows in the file’s own terms, and a problem with the whole file as such', () => {
    render(<ImportStatus />);
    show(
      report({
        unit: 'feature',
        loaded: 0,
        total: 1,
        unusedColumns: [],
        problems: [
          { row: 0, field: 'file', reason: 'is not valid JSON: Unexpected token at line 4' },
          { row: 1, field: 'geometry', reason: 'must be a Point; this feature is a LineString' },
        ],
      }),
    );
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('Nothing was loaded.');
    expect(problemTexts()).toEqual([
      'The file is not valid JSON: Unexpected token at line 4',
      'feature 1: geometry must be a Point; this feature is a LineString',
    ]);
    expect(region.textContent).not.toContain('Columns not used');
  });

  it('shows a hostile reason, field and file name as text, creating no elements from them', () => {
    const { container } = render(<ImportStatus />);
    show(
      report({ fileName: `<svg onload=alert(0)>.csv`, problems: [{ row: 2, field: '<b>title</b>', reason: HOSTILE }] }),
    );
    expect(problemTexts()).toEqual([`row 2: <b>title</b> ${HOSTILE}`]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<svg onload=alert(0)>.csv');
    expect(container.querySelectorAll('img, b, svg')).toHaveLength(0);
  });

  it('lists the first 200 problems and says how many more the report holds', () => {
    render(<ImportStatus />);
    const problems = Array.from({ length: 230 }, (_, i) => ({ row: i + 2, field: 'date', reason: 'is missing' }));
    show(report({ loaded: 0, total: 230, problems }));
    expect(problemTexts()).toHaveLength(200);
    expect(screen.getByText('…and 30 more in the report.')).toBeTruthy();
  });

  it('downloads every problem as CSV, with formula-like cells defused', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:report'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<ImportStatus />);
    show(report({ problems: [{ row: 4, field: 'title', reason: '=HYPERLINK("http://evil")' }] }));

    fireEvent.click(screen.getByRole('button', { name: 'Download the report (CSV)' }));
    expect(saved).toEqual(['field-notes.csv-import-report.csv']);
    // A UTF-8 byte-order mark first, so spreadsheets read the text as UTF-8 (Blob.text() drops it).
    expect([...new Uint8Array(await blobs[0].arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await blobs[0].text();
    expect(csv.split('\r\n')).toEqual([
      '"file","row","field","id","reason"',
      `"field-notes.csv","4","title","","'=HYPERLINK(""http://evil"")"`,
      '',
    ]);
  });

  it('closes with its close button', () => {
    render(<ImportStatus />);
    show(report());
    fireEvent.click(screen.getByRole('button', { name: 'Close the import report' }));
    expect(screen.queryByRole('region', { name: 'Import report' })).toBeNull();
    expect(appStore.getState().importReport).toBeNull();
  });

  it('cancels the file being read with the Cancel button: the worker is stopped and the report says nothing was added', async () => {
    // A worker that never answers, as a slow file's would not for a while.
    const worker = { onmessage: null, onmessageerror: null, onerror: null, postMessage() {}, terminated: false };
    const slow: ImportWorkerLike = { ...worker, terminate: () => void (worker.terminated = true) };
    render(<ImportStatus />);
    let finished: Promise<void> = Promise.resolve();
    act(() => {
      finished = importFile(new File(['title\n'], 'slow.csv'), appStore, { createWorker: () => slow });
    });
    const progress = screen.getByRole('region', { name: 'Import' });
    expect(progress.textContent).toContain('Reading slow.csv…');
    await act(async () => {
      fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
      await finished;
    });
    expect(worker.terminated).toBe(true);
    expect(screen.queryByRole('region', { name: 'Import' })).toBeNull();
    expect(screen.getByTestId('import-summary').textContent).toBe('Cancelled: nothing was added.');
    expect(appStore.getState().importedSets).toEqual([]);
  });

  it('says why an import ended without loading anything', () => {
    render(<ImportStatus />);
    show(
      report({
        loaded: 0,
        total: 0,
        problems: [],
        unusedColumns: [],
        ended: { kind: 'failed', reason: 'the import stopped responding (no progress for 30 s)' },
      }),
    );
    expect(screen.getByTestId('import-summary').textContent).toBe(
      'Nothing was added: the import stopped responding (no progress for 30 s).',
    );
  });

  it('counts only rows among what could not be loaded; a problem with the whole file is not a row', () => {
    render(<ImportStatus />);
    show(
      report({
        loaded: 0,
        total: 0,
        unusedColumns: [],
        problems: [{ row: 0, field: 'file', reason: 'is empty: there is nothing to import' }],
      }),
    );
    expect(screen.getByTestId('import-summary').textContent).toBe('Nothing was loaded.');
    expect(problemTexts()).toEqual(['The file is empty: there is nothing to import']);
  });

  it('lists what the reader changed or noticed in the rows that loaded, the file first', () => {
    render(<ImportStatus />);
    show(
      report({
        notes: [
          { row: 0, field: 'file', reason: 'was read as Windows-1252: it is not UTF-8' },
          { row: 2, field: 'title', reason: 'had 2 control characters (U+0000) that were removed' },
        ],
      }),
    );
    const notes = within(screen.getByRole('list', { name: 'Notes' })).getAllByRole('listitem');
    expect(notes.map((li) => li.textContent)).toEqual([
      'The file was read as Windows-1252: it is not UTF-8',
      'row 2: title had 2 control characters (U+0000) that were removed',
    ]);
  });

  it('names at most 20 unused columns and counts the rest', () => {
    render(<ImportStatus />);
    const names = Array.from({ length: 50 }, (_, i) => `c${i}`);
    show(report({ unusedColumns: names, unusedColumnsTotal: 8_832 }));
    const hint = screen.getByText(/^Columns not used:/).textContent!;
    expect(hint).toBe(`Columns not used: ${names.slice(0, 20).join(', ')} and 8,812 more.`);
    // A report from before the cap (all 300,000 names) is capped when shown too.
    show(report({ unusedColumns: Array.from({ length: 300_000 }, (_, i) => `k${i}`) }));
    expect(screen.getByText(/^Columns not used:/).textContent!.length).toBeLessThan(1_500);
  });
});
