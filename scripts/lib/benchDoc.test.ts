import { describe, expect, it } from 'vitest';
import { replaceLeading, replaceSection } from './benchDoc';

const doc =
  '# Benchmarks\n\nold table\n\n## Bundle (gzip)\n\nold\n\n## What the missed target needs\n\nprose\n\n## CSV parser\n\ncsv numbers\n';

describe('writing docs/benchmarks.md', () => {
  it('npm run bench replaces only its own leading part, keeping every other section', () => {
    const out = replaceLeading(doc, '# Benchmarks\n\nnew table\n\n## Bundle (gzip)\n\nnew\n', ['Bundle (gzip)']);
    expect(out).toBe(
      '# Benchmarks\n\nnew table\n\n## Bundle (gzip)\n\nnew\n\n## What the missed target needs\n\nprose\n\n## CSV parser\n\ncsv numbers\n',
    );
  });
  it('a script writing one section replaces that section, or adds it at the end', () => {
    expect(
      replaceSection(doc, '## What the missed target needs', '## What the missed target needs\n\nnew prose\n'),
    ).toBe(doc.replace('prose', 'new prose'));
    expect(replaceSection(doc, '## Import', '## Import\n\nrows\n')).toBe(`${doc}\n## Import\n\nrows\n`);
  });
});
