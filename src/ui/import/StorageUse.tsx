/**
 * Where imported data is kept and how full that is: "Stored in this browser only; 3.2 MB of
 * 1.1 GB used", from navigator.storage.estimate(), once anything is stored.
 */
import { useAppStore } from '../../store/appStore';

const UNITS = ['kB', 'MB', 'GB', 'TB'];

/** Bytes in SI units, one decimal from a kilobyte up: 950 B, 3.2 MB, 1.1 GB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes || 0))} B`;
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

export function StorageUse() {
  const use = useAppStore((s) => s.storageUse);
  const anyStored = useAppStore((s) => s.importedSets.some((x) => x.stored));
  if (!anyStored) return null;
  return (
    <p className="hint" data-testid="storage-use">
      Stored in this browser only{use ? `; ${formatBytes(use.usage)} of ${formatBytes(use.quota)} used` : ''}. The
      browser may clear it when the disk is nearly full, unless it has granted persistent storage.
    </p>
  );
}
