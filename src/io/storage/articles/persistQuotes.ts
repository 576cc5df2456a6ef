/**
 * The quoted incidents in this browser: written through at once, shown as their own authored set,
 * and the quotes added to other incidents shown in those incidents' details.
 */
import type { AppStore } from '../../../store/appStore';
import { normalise } from '../../../data/incidentList';
import { StorageError } from '../transactions';
import { announce } from '../broadcast';
import { checkStoredQuotes, emptyQuotes, putQuotes, QUOTED_SET, QUOTES_KEY, type StoredQuotes } from './quotedRecords';
import { AUTHORED_COLOUR } from './authoredColour';

let held: StoredQuotes = emptyQuotes();
export const heldQuotes = (): StoredQuotes => held;

export function showQuotes(store: AppStore, record: StoredQuotes, stored: boolean, notSavedReason?: string): void {
  const s = store.getState();
  if (record.incidents.length > 0)
    s.addImportedSets([
      {
        set: {
          id: QUOTED_SET,
          name: 'Incidents quoted by hand',
          fileName: 'quotes selected in the source viewer',
          colour: AUTHORED_COLOUR,
          importedAt: new Date().toISOString(),
          count: record.incidents.length,
          stored,
          ...(notSavedReason ? { notSavedReason } : {}),
        },
        incidents: normalise(record.incidents, QUOTED_SET),
        sources: {},
      },
    ]);
  else if (s.importedSets.some((x) => x.id === QUOTED_SET)) s.removeImportedSet(QUOTED_SET);
  store.getState().applyFurtherSources(QUOTES_KEY, QUOTED_SET, record.further);
}

/** Write the quotes through and show them; resolves with whether they were stored. Never rejects. */
export async function saveQuotes(store: AppStore, record: StoredQuotes): Promise<{ stored: boolean }> {
  held = record;
  let reason: string | undefined;
  try {
    await putQuotes(record);
    announce({ store: 'articles', change: 'put', key: QUOTES_KEY });
  } catch (error) {
    reason = StorageError.from(error).describe();
    store
      .getState()
      .addNotice(
        `The quoted incidents could not be stored in this browser (${reason}); they last until you close this page.`,
      );
  }
  showQuotes(store, record, !reason, reason);
  return { stored: !reason };
}

/** Restore the stored quotes (after the articles, whose texts they may cite). */
export function restoreQuotes(store: AppStore, value: unknown): void {
  const checked = checkStoredQuotes(value, store.getState().sourceTexts);
  if (typeof checked === 'string') {
    store
      .getState()
      .addNotice(
        `The quoted incidents stored in this browser could not be restored: ${checked}. They are left in storage.`,
      );
    return;
  }
  held = checked;
  showQuotes(store, checked, true);
}
