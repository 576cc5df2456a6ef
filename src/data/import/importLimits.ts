/**
 * How much one import may hold. Apart from the importer so the page can check a file's size without
 * loading the schema. A UTF-8 CSV is read as it streams in and may be larger than a file that has to
 * be read whole (JSON, GeoJSON, UTF-16, or a CSV in another encoding).
 */
export const IMPORT_LIMITS = { bytes: 50 * 1024 * 1024, streamedBytes: 1024 * 1024 * 1024, rows: 100_000 };

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const WHOLE_MB = IMPORT_LIMITS.bytes / 1048576;
const STREAMED_MB = (IMPORT_LIMITS.streamedBytes / 1048576).toLocaleString('en');

/** Why a file over IMPORT_LIMITS.bytes cannot be read whole, naming what it is. */
export const tooLargeToReadWhole = (size: number, what: string) =>
  `is ${megabytes(size)} and ${what}, which is read whole: the limit for that is ${WHOLE_MB} MB (a UTF-8 CSV can be up to ${STREAMED_MB} MB). Split it into smaller files.`;
