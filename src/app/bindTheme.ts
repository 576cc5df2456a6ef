/**
 * Theme: follow prefers-color-scheme unless the user picked light or dark (remembered in this
 * browser's localStorage, not in links: a shared link should not impose a theme on its reader).
 */
import type { AppStore } from '../store/appStore';
import type { ThemeChoice } from '../store/types';
import { selectDarkTheme } from '../store/displaySlice';

const KEY = 'incident-atlas.theme';
const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

export function bindTheme(store: AppStore, root: HTMLElement = document.documentElement): () => void {
  const saved = readSaved();
  if (saved) store.getState().setThemeChoice(saved);
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  const onSystem = () => store.getState().setSystemDark(Boolean(query?.matches));
  onSystem();
  query?.addEventListener('change', onSystem);
  const unsubscribers = [
    store.subscribe(
      selectDarkTheme,
      (dark) => {
        root.dataset.theme = dark ? 'dark' : 'light';
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (s) => s.themeChoice,
      (choice) => {
        try {
          if (choice === 'system') localStorage.removeItem(KEY);
          else localStorage.setItem(KEY, choice);
        } catch {
          // Storage can be disabled; the choice then lasts for this visit only.
        }
      },
    ),
  ];
  return () => {
    query?.removeEventListener('change', onSystem);
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  };
}

function readSaved(): ThemeChoice | null {
  try {
    const value = localStorage.getItem(KEY);
    return CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : null;
  } catch {
    return null;
  }
}
