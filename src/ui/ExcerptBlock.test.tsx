import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { ExcerptBlock } from './ExcerptBlock';

const STRIKE = 'sabratha-us-airstrike-qasr-talil';
const REUTERS = 'reuters-2016-02-19-tripoli-sabratha-air-strike';
const bundledExcerpt = () => appStore.getState().incidents.find((i) => i.id === STRIKE)!.feature.properties.excerpts[0];
/** What an import from before the namespaces left in the store (and in IndexedDB): a bundled id as an imported source. */
const hijack = () =>
  act(() =>
    appStore.setState({
      importedSources: new Map([[REUTERS, { fileName: 'hijack.geojson', unit: 'feature' as const, row: 1 }]]),
    }),
  );

describe('ExcerptBlock', () => {
  beforeEach(() => loadBundledIntoStore());

  it('shows a bundled quote as its article’s, with the archived text to read it in', () => {
    const excerpt = bundledExcerpt();
    expect(excerpt.source).toBe(REUTERS);
    const { container } = render(<ExcerptBlock incidentId={STRIKE} index={0} excerpt={excerpt} />);
    expect(container.querySelector('.outlet')!.textContent).toBe('Reuters');
    expect(screen.getByRole('button', { name: 'Read in context' })).toBeTruthy();
  });

  it('keeps a verbatim bundled quote as Reuters even when an import claimed the article’s id', () => {
    hijack();
    const { container } = render(<ExcerptBlock incidentId={STRIKE} index={0} excerpt={bundledExcerpt()} />);
    expect(container.querySelector('.outlet')!.textContent).toBe('Reuters');
    expect(container.textContent).not.toContain('not checked against an archived text');
    expect(screen.getByRole('button', { name: 'Read in context' })).toBeTruthy();
  });

  it('shows a quote the article does not contain as imported and unchecked, never as the article’s', () => {
    hijack();
    const fake = { source: REUTERS, quote: 'Reuters never wrote this.', offset: 0 };
    const { container } = render(<ExcerptBlock incidentId="hijack-1" index={0} excerpt={fake} />);
    expect(container.textContent).toContain('from hijack.geojson, feature 1 · not checked against an archived text');
    expect(screen.queryByRole('button', { name: 'Read in context' })).toBeNull();
  });

  it('says so when a quote citing a bundled article is not in its archived text', () => {
    const fake = { source: REUTERS, quote: 'Reuters never wrote this.', offset: 0 };
    const { container } = render(<ExcerptBlock incidentId="x" index={0} excerpt={fake} />);
    expect(container.textContent).toContain('Reuters');
    expect(container.textContent).toContain('not found in its archived text');
    expect(screen.queryByRole('button', { name: 'Read in context' })).toBeNull();
  });

  it('names the source an imported quote cited', () => {
    act(() =>
      appStore.setState({
        importedSources: new Map([
          ['import-x-f1e0', { fileName: 'x.geojson', unit: 'feature' as const, row: 1, cited: 'bbc-2016-02-20' }],
        ]),
      }),
    );
    const { container } = render(
      <ExcerptBlock incidentId="x" index={0} excerpt={{ source: 'import-x-f1e0', quote: 'q', offset: 0 }} />,
    );
    expect(container.textContent).toContain('from x.geojson, feature 1, which cites “bbc-2016-02-20” · not checked');
  });
});
