import { describe, expect, it } from 'vitest';
import { checkStoredArticle } from './checkStoredArticle';
import { sha256Hex } from './sha256';

const TEXT = 'Shelling hit the port of Misrata on 3 May.';

async function record(): Promise<Record<string, unknown>> {
  return {
    article: {
      id: 'added-1-article',
      setId: 'added-1',
      headline: 'Port shelled',
      outlet: 'Wire',
      language: 'en',
      published: { date: '2024-05-04', basis: 'stated' },
      sha256: await sha256Hex(TEXT),
      text: TEXT,
      cleaning: 'none',
      addedAt: '2024-05-04T10:00:00Z',
    },
    accepted: [],
    decisions: {},
  };
}

const refusal = async (value: unknown) => {
  const checked = await checkStoredArticle('added-1-article', value);
  if (checked.ok) throw new Error('expected a refusal');
  return checked;
};

describe('checkStoredArticle', () => {
  it('passes a sound record and an old one without further sources', async () => {
    expect((await checkStoredArticle('added-1-article', await record())).ok).toBe(true);
  });

  it('names the article by headline and says the text is missing', async () => {
    const r = await record();
    delete (r.article as Record<string, unknown>).text;
    expect(await refusal(r)).toEqual({ ok: false, name: 'Port shelled', reason: 'its text is not text' });
  });

  it('says the text no longer matches its SHA-256', async () => {
    const r = await record();
    (r.article as Record<string, unknown>).text = TEXT + ' Edited.';
    expect((await refusal(r)).reason).toMatch(/no longer matches its SHA-256/);
  });

  it('says accepted incidents are not a list', async () => {
    const r = await record();
    r.accepted = 'x';
    expect((await refusal(r)).reason).toBe('its accepted incidents are not a list');
  });

  it('names a record that is not an article by its key', async () => {
    expect(await refusal(42)).toEqual({ ok: false, name: 'added-1-article', reason: 'the record is not an article' });
  });
});
