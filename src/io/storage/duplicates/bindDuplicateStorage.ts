/**
 * Decisions on possible duplicates last across reloads: read back at start (merges applied to the
 * list), written whenever one is made, and applied again each time the incident list is rebuilt
 * (an import or an article restored later brings back one side of a merged pair). A write that
 * fails says why, and the decision still holds for this visit.
 */
import type { AppStore } from '../../../store/appStore';
import { StorageError } from '../transactions';
import { announce, onAnnounced } from '../broadcast';
import { putDecision, readAllDecisions } from './duplicateRecords';

export async function bindDuplicateStorage(store: AppStore): Promise<() => void> {
  const s = () => store.getState();
  try {
    const { decisions, problems } = await readAllDecisions();
    s().restoreDuplicateDecisions(decisions);
    if (problems.length > 0)
      s().addNotice(
        `Some duplicate decisions stored in this browser were left out: ${problems.slice(0, 3).join('; ')}.`,
      );
  } catch (error) {
    s().setDuplicateStorageProblem(`decisions could not be read (${StorageError.from(error).describe()})`);
  }
  let restoring = false;
  const stopWriting = store.subscribe(
    (state) => state.duplicateDecisions,
    (now, before) => {
      if (restoring) return;
      for (const [key, decision] of Object.entries(now)) {
        if (decision === before[key]) continue;
        putDecision(decision).then(
          () => {
            announce({ store: 'duplicateDecisions', change: 'put', key });
            if (s().duplicateStorageProblem) s().setDuplicateStorageProblem(null);
          },
          (error: unknown) =>
            s().setDuplicateStorageProblem(
              `the decision could not be stored (${StorageError.from(error).describe()}); it holds until this page is closed`,
            ),
        );
      }
    },
  );
  const stopMerging = store.subscribe(
    (state) => state.incidents,
    () => void s().applyMerges(),
  );
  const stopHearing = onAnnounced((change) => {
    if (change.store !== 'duplicateDecisions') return;
    void readAllDecisions().then(({ decisions }) => {
      restoring = true;
      s().restoreDuplicateDecisions(decisions);
      restoring = false;
    });
  });
  return () => {
    stopWriting();
    stopMerging();
    stopHearing();
  };
}
