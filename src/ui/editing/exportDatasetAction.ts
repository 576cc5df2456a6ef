/** The "Export dataset" menu item's action: loads the exporter when first chosen, and says what the zip holds. */
import { appStore } from '../../store/appStore';

export function exportDatasetNow(): void {
  const notice = (message: string) => appStore.getState().addNotice(message);
  import('../../io/exportDataset')
    .then((m) => notice(m.exportDataset(appStore)))
    .catch((error: unknown) =>
      notice(`The dataset could not be exported: ${error instanceof Error ? error.message : String(error)}.`),
    );
}
