/**
 * A map binding whose code loads the first time the store asks for it: the pin for placing a
 * draft (`placingPin`) and the emphasis of a presented briefing (`presenting`) are not needed to
 * draw the first map, so they are not part of the first paint (scripts/checkDist.ts holds it to
 * 400 kB gzip). Once loaded, the binding stays bound until the map goes; each binding reads the
 * store's current state when it binds (fireImmediately), so nothing asked for meanwhile is lost.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { AppState } from '../store/types';

type Binding = (map: MaplibreMap, store: AppStore) => () => void;

export function bindWhenNeeded(
  map: MaplibreMap,
  store: AppStore,
  wanted: (s: AppState) => boolean,
  load: () => Promise<Binding>,
): () => void {
  let unbind: (() => void) | null = null;
  let gone = false;
  let unsubscribe = () => {};
  const start = () => {
    unsubscribe();
    load()
      .then((bind) => {
        if (!gone) unbind = bind(map, store);
      })
      .catch((error: unknown) => console.error('A map binding could not be loaded', error));
  };
  if (wanted(store.getState())) start();
  else
    unsubscribe = store.subscribe(wanted, (now) => {
      if (now) start();
    });
  return () => {
    gone = true;
    unsubscribe();
    unbind?.();
  };
}
