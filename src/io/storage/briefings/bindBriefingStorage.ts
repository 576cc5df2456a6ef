/**
 * Briefings last across reloads: read back at start, each written whenever it changes and deleted
 * when it is, and what one tab changes shown in the app's other tabs. A write that fails says why
 * in the Briefings panel, and the briefing still holds for this visit.
 */
import type { AppStore } from '../../../store/appStore';
import type { Briefing } from '../../../data/briefing/briefing';
import { StorageError } from '../transactions';
import { announce, onAnnounced } from '../broadcast';
import { deleteStoredBriefing, putBriefing, readAllBriefings, readBriefing } from './briefingRecords';

export async function bindBriefingStorage(store: AppStore): Promise<() => void> {
  const s = () => store.getState();
  const failed = (what: string) => (error: unknown) =>
    s().setBriefingStorageProblem(
      `${what} (${StorageError.from(error).describe()}); it holds until this page is closed`,
    );
  try {
    const { briefings, problems } = await readAllBriefings();
    s().restoreBriefings(briefings);
    if (problems.length > 0)
      s().addNotice(`Some briefings stored in this browser were read in part: ${problems.slice(0, 3).join('; ')}`);
  } catch (error) {
    s().setBriefingStorageProblem(`briefings could not be read (${StorageError.from(error).describe()})`);
  }

  /** Briefings that just arrived from another tab: shown here, not written back. */
  const heard = new Set<Briefing>();
  const stopWriting = store.subscribe(
    (state) => state.briefings,
    (now, before) => {
      const kept = new Set(now.map((b) => b.id));
      for (const b of before)
        if (!kept.has(b.id))
          deleteStoredBriefing(b.id).then(
            () => announce({ store: 'briefings', change: 'delete', key: b.id }),
            failed('the briefing could not be deleted from this browser'),
          );
      const was = new Set(before);
      for (const b of now) {
        if (was.has(b) || heard.delete(b)) continue;
        putBriefing(b).then(() => {
          announce({ store: 'briefings', change: 'put', key: b.id });
          if (s().briefingStorageProblem) s().setBriefingStorageProblem(null);
        }, failed('the briefing could not be stored'));
      }
    },
  );
  const stopHearing = onAnnounced((change) => {
    if (change.store !== 'briefings') return;
    if (change.change === 'delete') {
      store.setState({ briefings: s().briefings.filter((b) => b.id !== change.key) });
      return;
    }
    void readBriefing(change.key).then((record) => {
      if (!record) return;
      heard.add(record);
      const rest = s().briefings.filter((b) => b.id !== record.id);
      store.setState({ briefings: [...rest, record] });
    });
  });
  return () => {
    stopWriting();
    stopHearing();
  };
}
