/** How much one import may hold. Apart from the importer so the page can check a file's size without loading the schema. */
export const IMPORT_LIMITS = { bytes: 50 * 1024 * 1024, rows: 100_000 };
