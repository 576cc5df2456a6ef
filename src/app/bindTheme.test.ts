// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/appStore';
import { selectDarkTheme } from '../store/displaySlice';
import { bindTheme } from './bindTheme';

function fakeSystem(dark: boolean) {
  const listeners: Array<() => void> = [];
  const query = {
    matches: dark,
    addEventListener: (_: string, f: () => void) => listeners.push(f),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    set: (next: boolean) => {
      query.matches = next;
      listeners.forEach((f) => f());
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('theme', () => {
  it.each([
    ['system', false, false],
    ['system', true, true],
    ['light', true, false],
    ['dark', false, true],
  ] as const)('choice %s with a system that prefers dark=%s draws dark=%s', (themeChoice, systemDark, dark) => {
    expect(selectDarkTheme({ themeChoice, systemDark })).toBe(dark);
  });

  it('follows the system live until the user picks, and remembers the pick', () => {
    const system = fakeSystem(false);
    const store = createAppStore();
    const root = document.createElement('html');
    const unbind = bindTheme(store, root);
    expect(root.dataset.theme).toBe('light');
    system.set(true);
    expect(root.dataset.theme).toBe('dark');
    store.getState().setThemeChoice('light');
    expect(root.dataset.theme).toBe('light');
    unbind();

    const next = createAppStore();
    bindTheme(next, root);
    expect(next.getState().themeChoice).toBe('light');
  });

  it('ignores a saved value it does not know', () => {
    fakeSystem(true);
    localStorage.setItem('incident-atlas.theme', '<img onerror=alert(1)>');
    const store = createAppStore();
    bindTheme(store, document.createElement('html'));
    expect(store.getState().themeChoice).toBe('system');
  });
});
