/**
 * A value that can be taken once: the first call returns it, every later call null. The details
 * panel uses it for the incident a link opened with, which is shown without taking focus from the
 * top of the page the first time only.
 */
export function takeOnce<T>(value: T | null): () => T | null {
  let pending = value;
  return () => {
    const taken = pending;
    pending = null;
    return taken;
  };
}
