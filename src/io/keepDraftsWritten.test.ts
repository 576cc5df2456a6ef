import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import type { AuthoredDraft } from '../data/authoring/editDraft';
import { articleRecords } from './storage/articles/persistArticles';
import { keepDraftsWritten, markFound } from './keepDraftsWritten';

const text = 'TRIPOLI - An air strike hit Sabratha on Friday, killing 40 people.';
const draft = (id: string, title: string) =>
  ({
    id,
    title,
    when: { start: '2016-02-19', precision: 'day' },
    actors: [],
    casualties: {},
    excerpts: [{ quote: 'An air strike hit Sabratha', offset: 10 }],
  }) as unknown as AuthoredDraft;
const article = {
  id: 'article-abc-article',
  setId: 'article-abc',
  headline: 'Strike on Sabratha',
  outlet: 'Reuters',
  language: 'en',
  published: { date: '2016-02-19', basis: 'typed' },
  sha256: '0'.repeat(64),
  text,
  cleaning: 'pasted',
  addedAt: '2026-12-02T00:00:00.000Z',
};

afterEach(() => vi.useRealTimers());

describe('drafts under review', () => {
  it('are kept with the article as corrected, and a burst of corrections is one undoable step', async () => {
    vi.useFakeTimers();
    // No IndexedDB here: the record is kept for this visit and a notice says it was not stored.
    const store = createAppStore();
    articleRecords.set(article.id, { article, accepted: [], decisions: {} });
    keepDraftsWritten(store);
    const foundDrafts = [draft('a', 'Air strike'), draft('b', 'Event')];
    markFound(foundDrafts);
    const s = () => store.getState();
    s().setReview({ articleId: article.id, state: 'ready', drafts: foundDrafts, decisions: {}, selectedDraft: 'a' });
    await vi.advanceTimersByTimeAsync(400);
    expect(articleRecords.get(article.id)?.drafts).toBeUndefined(); // found, not changed: nothing written

    s().updateDraft(draft('a', 'Air stri'));
    s().updateDraft(draft('a', 'Air strike on the camp'));
    await vi.advanceTimersByTimeAsync(400);
    const titles = () => s().review!.drafts.map((d) => d.title);
    expect(articleRecords.get(article.id)?.drafts?.map((d) => d.title)).toEqual(['Air strike on the camp', 'Event']);
    expect(s().historyLog.past.map((step) => step.label)).toEqual(['Correct the drafts of “Strike on Sabratha”']);

    expect(await s().undo()).toBeNull();
    expect(titles()).toEqual(['Air strike', 'Event']);
    expect(articleRecords.get(article.id)?.drafts?.map((d) => d.title)).toEqual(['Air strike', 'Event']);
    await vi.advanceTimersByTimeAsync(400);
    expect(s().historyLog.past).toEqual([]); // the undo itself is not recorded as a correction
    expect(await s().redo()).toBeNull();
    expect(titles()).toEqual(['Air strike on the camp', 'Event']);
  });
});
