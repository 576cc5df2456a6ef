/**
 * Added articles in storage: one record per article in `articles`, keyed by its source id, holding
 * the archived text with its SHA-256 and metadata, the incidents accepted from it, the excerpts it
 * added to other incidents as a further source, and the decisions on its drafts. A record is written whole in one transaction, so storage never holds half of one;
 * it resolves only once committed.
 */
import type { AuthoredDraft } from '../../../data/authoring/editDraft';
import type { IncidentFeature } from '../../../data/schema';
import type { AddedArticle, DraftDecision, FurtherSource } from '../../../store/authoringSlice';
import { eachRecord, readTransaction, writeTransaction } from '../transactions';

export interface StoredArticle {
  article: AddedArticle;
  accepted: IncidentFeature[];
  decisions: Record<string, DraftDecision>;
  /** Excerpts of this article added as further sources to incidents already in the atlas (bundled or other sets). */
  further?: FurtherSource[];
  /** The drafts as the analyst last left them in the review (corrected, merged); absent until first changed. */
  drafts?: AuthoredDraft[];
}

export function putArticle(record: StoredArticle): Promise<void> {
  return writeTransaction(['articles'], (tx) => {
    tx.objectStore('articles').put(record);
  });
}

export function deleteArticle(id: string): Promise<void> {
  return writeTransaction(['articles'], (tx) => {
    tx.objectStore('articles').delete(id);
  });
}

/** Every stored record, unchecked, with its key. */
export function readArticles(): Promise<Array<{ key: IDBValidKey; value: unknown }>> {
  return readTransaction(['articles'], (tx) => {
    const all: Array<{ key: IDBValidKey; value: unknown }> = [];
    eachRecord(tx.objectStore('articles'), null, (key, value) => all.push({ key, value }));
    return () => all;
  });
}

/** One stored record, unchecked; undefined when there is none under that key. */
export function readArticle(key: string): Promise<unknown> {
  return readTransaction(['articles'], (tx) => {
    const request = tx.objectStore('articles').get(key);
    return () => request.result as unknown;
  });
}
