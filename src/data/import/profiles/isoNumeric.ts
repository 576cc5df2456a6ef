/**
 * ISO 3166-1 numeric country codes (ACLED's `iso` column, e.g. 760) → the two-letter codes the
 * schema uses (SY). The table is i18n-iso-countries' codes list: [alpha-2, alpha-3, numeric, …].
 */
import codes from 'i18n-iso-countries/codes.json';

const BY_NUMERIC = new Map<string, string>((codes as string[][]).map(([alpha2, , numeric]) => [numeric, alpha2]));

/** "760", "76" or "076" → "SY"/"BR"; undefined when the code is not a country's. */
export function toAlpha2(numeric: string): string | undefined {
  const digits = numeric.trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  return BY_NUMERIC.get(digits.padStart(3, '0'));
}
