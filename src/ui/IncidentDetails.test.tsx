import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { loadBundledIntoStore, loadCollectionIntoStore } from '../test/appStoreFixture';
import fixture from '../test/fixtures/incidents.small.json';
import { IncidentDetails } from './IncidentDetails';

const AIRSTRIKE = 'sabratha-us-airstrike-qasr-talil';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** What a reader sees beside a fact's label ("When", "Where", …) in the details panel. */
function fact(panel: HTMLElement, label: string): string {
  const term = within(panel).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (value?.tagName !== 'DD') throw new Error(`no value after the "${label}" label`);
  return value.textContent ?? '';
}

function select(id: string | null) {
  act(() => appStore.getState().selectIncident(id));
}

describe('IncidentDetails', () => {
  beforeEach(() => loadBundledIntoStore());

  it('says what the incident rests on: the bundled data is verbatim, with what that means', () => {
    render(<IncidentDetails />);
    select(AIRSTRIKE);
    const panel = screen.getByRole('region', { name: 'Incident details' });
    expect(fact(panel, 'Sourcing')).toMatch(
      /^verbatimExcerpts checked, character for character, against an archived text/,
    );
  });

  it('shows a summary incident’s coder note as theirs, how the file coded it, and that its title was made', () => {
    const f = structuredClone(fixture.features[0]) as unknown as { properties: Record<string, unknown> };
    Object.assign(f.properties, {
      excerpts: [],
      provenance: 'summary',
      summary: { text: HOSTILE, by: 'ACLED' },
      codedAs: { scheme: 'ACLED', type: 'Battles', subType: 'Armed clash' },
      titleMade: true,
    });
    loadCollectionIntoStore({ type: 'FeatureCollection', features: [f] });
    render(<IncidentDetails />);
    select(String(f.properties.id));
    const sourcing = fact(screen.getByRole('region', { name: 'Incident details' }), 'Sourcing');
    expect(sourcing).toContain('summary');
    expect(sourcing).toContain(`${HOSTILE}Note by ACLED; a summary, not the words of a source.`);
    expect(sourcing).toContain('Coded by ACLED as Battles / Armed clash');
    expect(sourcing).toContain('Title made by the importer');
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows nothing until an incident is selected', () => {
    render(<IncidentDetails />);
    expect(screen.queryByRole('region', { name: 'Incident details' })).toBeNull();
  });

  it('shows the selected incident: title, category, date with precision and basis, place with precision, and the excerpts with their sources', () => {
    render(<IncidentDetails />);
    select(AIRSTRIKE);
    const panel = screen.getByRole('region', { name: 'Incident details' });

    const title = within(panel).getByRole('heading', { level: 2 });
    expect(title.textContent).toBe(
      'U.S. air strike on an Islamic State training camp in Sabratha (Qasr Talil district)',
    );
    expect(panel.textContent).toContain('Air strike');

    const when = fact(panel, 'When');
    expect(when).toContain('19 Feb 2016 (exact day)');
    expect(when).toContain("'on Friday' in an article of Friday 19 Feb 2016");

    const where = fact(panel, 'Where');
    expect(where).toContain('Qasr Talil, Sabratha (district or neighbourhood, LY)');
    expect(where).toContain("As written: “a building in the city's Qasr Talil district”");
    expect(where).toContain('Coordinates: placed by hand');

    expect(fact(panel, 'Actors')).toContain('United States');

    const excerpts = within(panel).getAllByRole('figure');
    expect(excerpts).toHaveLength(4);
    const [first] = excerpts;
    expect(within(first).getByRole('blockquote').textContent).toBe(
      'The mayor of the Libyan city of Sabratha, Hussein al-Thwadi, told Reuters the planes hit a building in the city’s Qasr Talil district, home to many foreigners.',
    );
    const caption = first.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('Reuters');
    expect(caption).toContain('U.S. strikes Islamic State in Libya, killing 40 people');
    expect(caption).toContain('TRIPOLI');
    expect(caption).toContain('19 Feb 2016');
    expect(excerpts[3].querySelector('figcaption')?.textContent).toContain(
      'Signs grow of new Western urgency to stop Islamic State in Libya',
    );
    expect(within(first).getByRole('button', { name: 'Read in context' })).toBeTruthy();
  });

  it('says when dates are open-ended and only approximate', () => {
    render(<IncidentDetails />);
    select('deir-al-zor-siege');
    const when = fact(screen.getByRole('region', { name: 'Incident details' }), 'When');
    expect(when).toMatch(/^Before 1–29 Feb 2016, and after \(approximate\)/);
  });

  it('moves focus to the title on selection, and Escape closes the panel and gives focus back', () => {
    render(
      <>
        <button type="button">Opened from here</button>
        <IncidentDetails />
      </>,
    );
    const opener = screen.getByRole('button', { name: 'Opened from here' });
    opener.focus();
    select(AIRSTRIKE);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Incident details' })).toBeNull();
    expect(appStore.getState().selectedId).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with its close button', () => {
    render(<IncidentDetails />);
    select(AIRSTRIKE);
    fireEvent.click(screen.getByRole('button', { name: 'Close incident details' }));
    expect(screen.queryByRole('region', { name: 'Incident details' })).toBeNull();
  });

  it('renders text from the data as text, never as HTML', () => {
    const hostile = structuredClone(fixture);
    const p = hostile.features[1].properties;
    p.title = HOSTILE;
    p.notes = `<b onmouseover=alert(2)>notes</b>`;
    p.where.name = `<script>alert(3)</script>`;
    p.excerpts[0].quote = `<iframe src="javascript:alert(4)"></iframe>`;
    loadCollectionIntoStore(hostile);

    const { container } = render(<IncidentDetails />);
    select(p.id);
    const panel = screen.getByRole('region', { name: 'Incident details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(panel.textContent).toContain('<b onmouseover=alert(2)>notes</b>');
    expect(fact(panel, 'Where')).toContain('<script>alert(3)</script>');
    expect(within(panel).getAllByRole('blockquote')[0].textContent).toBe(`<iframe src="javascript:alert(4)"></iframe>`);
    expect(container.querySelectorAll('img, b, script, iframe')).toHaveLength(0);
  });
});
