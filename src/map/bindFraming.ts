/**
 * Framing a dataset by the start view's rule after the page has opened: right after a file is
 * imported, the map fits where that file's incidents concentrate; and when one imported dataset
 * comes to be shown alone, it fits that one. Neither runs as the page opens, so a permalink's
 * #map= is what the map shows first.
 */
import type { AppStore } from '../store/appStore';
import type { Box } from '../geo/startView';
import { datasetBox, selectShownAlone } from '../store/framing';

export function bindFraming(store: AppStore, fit: (box: Box) => void): () => void {
  const frame = (datasetId: string) => {
    const box = datasetBox(store.getState().incidents, datasetId);
    if (box) fit(box);
  };
  const unsubscribers = [
    store.subscribe(
      (s) => s.frameRequest,
      (request) => request && frame(request.datasetId),
    ),
    store.subscribe(selectShownAlone, (alone) => alone && frame(alone)),
  ];
  return () => unsubscribers.forEach((u) => u());
}
