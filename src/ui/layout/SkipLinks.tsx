/**
 * Skip links to the time control and the incident list. They move focus in script rather than by
 * fragment, because the page's fragment holds the map camera (#map=z/lat/lon).
 */
import type { MouseEvent } from 'react';

const TARGETS: Array<[selector: string, label: string]> = [
  ['[role="slider"][aria-label="Start date"]', 'Skip to the time control'],
  ['#incident-list-heading', 'Skip to the incident list'],
];

export function SkipLinks() {
  const jump = (selector: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map(([selector, label]) => (
        <a key={selector} className="skip-link" href="#root" onClick={jump(selector)}>
          {label}
        </a>
      ))}
    </nav>
  );
}
