/**
 * What an imported dataset is called in memory and in storage: its id (which also prefixes its
 * incidents' source ids) and the ring colour of its layer.
 */

/** Okabe–Ito colours for the rings of imported layers, apart from the category fills. */
export const IMPORT_COLOURS = ['#E69F00', '#0072B2', '#D55E00', '#CC79A7', '#009E73', '#000000'];

export function datasetIdFor(fileName: string, taken: string[]): string {
  const base = `import-${
    fileName
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'file'
  }`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
