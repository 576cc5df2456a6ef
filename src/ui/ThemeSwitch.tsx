/**
 * Light, dark, or whatever the system prefers: a three-way switch in the header, which on a phone
 * (where the header has no room for it) becomes a compact select with the same three choices.
 */
import { useAppStore } from '../store/appStore';
import type { ThemeChoice } from '../store/types';

const OPTIONS: Array<[ThemeChoice, string]> = [
  ['system', 'Auto'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function ThemeSwitch() {
  const choice = useAppStore((s) => s.themeChoice);
  const setChoice = useAppStore((s) => s.setThemeChoice);
  return (
    <>
      <div className="segmented theme-switch wide-only" role="radiogroup" aria-label="Colour theme">
        {OPTIONS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="radio"
            className="segmented-option"
            aria-checked={choice === value}
            title={value === 'system' ? 'Follow the system setting' : `${label} theme`}
            onClick={() => setChoice(value)}
          >
            {label}
          </button>
        ))}
      </div>
      <select
        className="theme-select phone-only"
        aria-label="Colour theme"
        value={choice}
        onChange={(e) => setChoice(e.currentTarget.value as ThemeChoice)}
      >
        {OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}
