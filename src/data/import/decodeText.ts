/**
 * The bytes of a dropped file → its text. UTF-8 is read strictly; what is not UTF-8 is read as
 * what it most likely is, and says so: UTF-16 with or without a byte-order mark (found by its
 * pattern of NULs), UTF-8 with a few broken bytes, or Windows-1252, which is what Excel writes as
 * "CSV" on a Western-European Windows machine (ISO-8859-1 reads the same). Anything else is
 * refused with the reason, never shown as "Attaque � Deir ez-Z�r".
 */

export type Decoded = { ok: true; text: string; notice?: string } | { ok: false; reason: string };

export const NOT_TEXT = 'does not look like text; import a CSV, GeoJSON or JSON file';
const LEGACY =
  'is not UTF-8, and does not read as Western-European (Windows-1252) text either: it may be Arabic, Cyrillic or Greek saved in an older encoding; save it as UTF-8 (in Excel: "CSV UTF-8") and import it again';
/** Enough of the start of a file to judge how it is written. */
export const SAMPLE = 64 * 1024;

const decode = (label: string, bytes: Uint8Array, fatal = true) => new TextDecoder(label, { fatal }).decode(bytes);

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const order = utf16Order(bytes);
  if (order) {
    const read = utf16(bytes, order);
    const side = order === 'utf-16le' ? 'little' : 'big';
    return read.ok
      ? { ...read, notice: `was read as UTF-16 (${side}-endian) without a byte-order mark: it is not UTF-8` }
      : read;
  }
  try {
    return { ok: true, text: decode('utf-8', bytes) };
  } catch {
    // Not UTF-8: judged below.
  }
  if (mostlyControls(bytes)) return { ok: false, reason: NOT_TEXT };
  const scan = scanUtf8(bytes);
  if (scan.valid >= scan.bad) {
    const line = 1 + bytes.subarray(0, scan.firstBad).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    const one = scan.bad === 1;
    return {
      ok: true,
      text: decode('utf-8', bytes, false),
      notice: `is UTF-8 except for ${scan.bad} ${one ? 'byte that is' : 'bytes that are'} not (the first on line ${line}); ${one ? 'it was' : 'they were'} replaced with "�"`,
    };
  }
  if (wordsOfHighBytes(bytes)) return { ok: false, reason: LEGACY };
  return {
    ok: true,
    text: windows1252(bytes),
    notice:
      'was read as Windows-1252: it is not UTF-8. Check its accented letters; to avoid this, save it as "CSV UTF-8"',
  };
}

/**
 * Windows-1252 as the WHATWG Encoding Standard reads it: bytes 0x80–0x9F are the code page's
 * punctuation (€ ‘ ’ “ ” … –), the five it leaves undefined stay C1 controls (and are then
 * removed as control characters). Written out because some runtimes decode this label as ISO-8859-1.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let text = '';
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(text);
  }
  return parts.join('');
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: decode(label, bytes) };
  } catch {
    return {
      ok: false,
      reason: `looks like UTF-16, but is not valid UTF-16 (is it cut short?); save it as UTF-8 and import it again`,
    };
  }
}

/** UTF-16 without a byte-order mark: text in Latin letters has a NUL in every other byte, on one side only. */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd >= 0.3 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/** More than 1 in 20 of the first bytes are control codes other than tab, line ends and form feed. */
export function mostlyControls(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] < 0x20 && (bytes[i] < 0x09 || bytes[i] > 0x0d)) odd++;
  return odd > n / 20;
}

/** How many well-formed multi-byte UTF-8 sequences, and how many bytes that start none, and where the first is. */
function scanUtf8(bytes: Uint8Array): { valid: number; bad: number; firstBad: number } {
  let valid = 0;
  let bad = 0;
  let firstBad = -1;
  const inRange = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length = 0;
    if (b >= 0xc2 && b <= 0xdf) length = inRange(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const second = b === 0xe0 ? inRange(i + 1, 0xa0) : b === 0xed ? inRange(i + 1, 0x80, 0x9f) : inRange(i + 1);
      length = second && inRange(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const second = b === 0xf0 ? inRange(i + 1, 0x90) : b === 0xf4 ? inRange(i + 1, 0x80, 0x8f) : inRange(i + 1);
      length = second && inRange(i + 2) && inRange(i + 3) ? 4 : 0;
    }
    if (length > 0) {
      valid++;
      i += length;
    } else {
      if (firstBad < 0) firstBad = i;
      bad++;
      i++;
    }
  }
  return { valid, bad, firstBad };
}

/**
 * Whole words of bytes above 0x7F: Arabic, Cyrillic or Greek in a legacy code page. Western
 * European text read as Windows-1252 puts one accented letter (rarely two) between plain ones.
 */
function wordsOfHighBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let high = 0;
  let inRuns = 0;
  let run = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && bytes[i] >= 0x80) {
      high++;
      run++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  return high >= 16 && inRuns > 0.3 * high;
}
