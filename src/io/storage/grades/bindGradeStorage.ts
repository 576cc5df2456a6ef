/**
 * Grade overrides last across reloads: read back at start, written whenever an incident's history
 * changes, and what one tab decides shown in the app's other tabs. A write that fails says why,
 * and the override still holds for this visit.
 */
import type { AppStore } from '../../../store/appStore';
import { StorageError } from '../transactions';
import { announce, onAnnounced } from '../broadcast';
import { putGrades, readAllGrades, readGrades } from './gradeRecords';

export async function bindGradeStorage(store: AppStore): Promise<() => void> {
  const s = () => store.getState();
  try {
    const { histories, problems } = await readAllGrades();
    s().restoreGradeHistory(histories);
    if (problems.length > 0)
      s().addNotice(`Some grade overrides stored in this browser were left out: ${problems.slice(0, 3).join('; ')}.`);
  } catch (error) {
    s().setGradeStorageProblem(`grade overrides could not be read (${StorageError.from(error).describe()})`);
  }

  /** Ids whose history just arrived from another tab: shown here, not written back. */
  const heard = new Set<string>();
  const stopWriting = store.subscribe(
    (state) => state.gradeHistory,
    (now, before) => {
      for (const [id, history] of Object.entries(now)) {
        if (history === before[id] || heard.delete(id)) continue;
        putGrades({ id, history }).then(
          () => {
            announce({ store: 'grades', change: 'put', key: id });
            if (s().gradeStorageProblem) s().setGradeStorageProblem(null);
          },
          (error: unknown) =>
            s().setGradeStorageProblem(
              `the override could not be stored (${StorageError.from(error).describe()}); it holds until this page is closed`,
            ),
        );
      }
    },
  );
  const stopHearing = onAnnounced((change) => {
    if (change.store !== 'grades') return;
    void readGrades(change.key).then((record) => {
      if (!record) return;
      heard.add(record.id);
      s().restoreGradeHistory({ [record.id]: record.history }, 'theirs');
    });
  });
  return () => {
    stopWriting();
    stopHearing();
  };
}
