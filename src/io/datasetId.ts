/**
 * What an imported dataset is called in memory and in storage: its id (which also prefixes its
 * incidents' source ids) and the ring colour of its layer.
 */

/** Okabe–Ito colours for the rings of imported layers, apart from the category fills. */
export const IMPORT_COLOURS = ['#E69F00', '#0072B2', '#D55E00', '#CC79A7', '#009E73', '#000000'];

/** 12 random lower-case hex digits (48 bits): from crypto.randomUUID(), or getRandomValues where that is missing. */
function randomPart(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A new dataset's id: `import-<random>-<file name as words>`, e.g. `import-3f9a0c1b7d2e-my-sheet`.
 * The random part makes it unique across tabs and imports of files of the same name, which an id
 * made from the file name and this tab's sets alone was not; coming first, it also keeps one set's
 * id from being the start of another's, so `${id}-` marks out a set's own source ids. `taken`
 * (the ids this tab holds) is still avoided, and storage refuses an id it already has.
 */
export function datasetIdFor(fileName: string, taken: string[]): string {
  const words =
    fileName
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'file';
  let id = `import-${randomPart()}-${words}`;
  while (taken.includes(id)) id = `import-${randomPart()}-${words}`;
  return id;
}
