/**
 * useAppStore for a selector whose work grows with the incident list (the list's order, the
 * "also elsewhere" box, the histogram's incidents). A store hook runs its selector inside the
 * update that changed the store, so after a restore of 100,000 incidents every such selector ran
 * in the one task that put them in, and the page froze for as long as they all took. Over
 * LARGE_LIST incidents this hook runs the selector in a task of its own once the update is done,
 * and renders the result as a transition (React may pause it between components); until then
 * the component shows `whileWorking` (an old value beside new ones would read as a wrong count).
 * Under LARGE_LIST it is useAppStore itself. The selector must be
 * one function for the component's life (a module-level selector), not a closure made per render.
 */
import { startTransition, useEffect, useState } from 'react';
import { appStore, useAppStore } from '../store/appStore';
import type { AppState } from '../store/types';

/** From this many incidents, selectors over the list run after the update rather than in it. */
export const LARGE_LIST = 20_000;

const LATER = Symbol('later');
const isLarge = (s: AppState) => s.incidents.length > LARGE_LIST;

export function useSettledSelector<T, W = T>(selector: (s: AppState) => T, whileWorking: W): T | W {
  const large = useAppStore(isLarge);
  const now = useAppStore((s) => (isLarge(s) ? LATER : selector(s)));
  const [late, setLate] = useState<{ value: T } | null>(null);

  useEffect(() => {
    if (!large) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: T | typeof LATER = LATER;
    const run = () => {
      timer = undefined;
      const value = selector(appStore.getState());
      if (Object.is(value, last)) return;
      last = value;
      startTransition(() => setLate({ value }));
    };
    const later = () => void (timer ??= setTimeout(run, 0));
    later();
    const unsubscribe = appStore.subscribe(later);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      setLate(null);
    };
  }, [large, selector]);

  if (now !== LATER) return now;
  return late ? late.value : whileWorking;
}
