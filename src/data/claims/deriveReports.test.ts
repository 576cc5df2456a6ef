import { describe, expect, it } from 'vitest';
import { deriveReports } from './deriveReports';
import { bundledContext, bundledIncident } from '../../test/bundledClaimsData';

const sabratha = () => deriveReports(bundledIncident('sabratha-us-airstrike-qasr-talil'), bundledContext);

describe('reports and their claims, derived from the record', () => {
  it('give the Sabratha air strike three reports: Reuters on 19 Feb, the mayor it quotes, Reuters on 24 Feb', () => {
    expect(sabratha().map((r) => [r.speaker, r.published])).toEqual([
      ['Reuters', '2016-02-19'],
      ['Hussein al-Thwadi, mayor of Sabratha', '2016-02-19'],
      ['Reuters', '2016-02-24'],
    ]);
  });

  it('put each casualty statement with whoever gave it, with its bounds and the check against the archived text', () => {
    const killed = sabratha().map((r) => r.claims.killed?.map((c) => [c.words, c.min, c.max, c.verbatim]));
    expect(killed).toEqual([
      [['as many as 40 people', undefined, 40, true]],
      [['41 people had been killed', 41, 41, true]],
      [['more than 40 Islamic State fighters', 41, undefined, true]],
    ]);
    expect(sabratha()[1].claims.wounded?.map((c) => c.words)).toEqual(['six wounded']);
  });

  it('credit an excerpt that names a quoted speaker to that speaker, the others to the outlet', () => {
    const [reuters, mayor, later] = sabratha();
    expect(mayor.excerpts).toEqual([0]);
    expect(reuters.excerpts).toEqual([1, 2]);
    expect(later.excerpts).toEqual([3]);
  });

  it('take dates only from the words the date basis quotes, resolved against each article’s own date', () => {
    const dates = sabratha().map((r) => r.claims.date?.map((c) => [c.words, c.start, c.end]));
    // "last year" in the same sentence is about the Tunisian attacks, and the basis does not quote it.
    expect(dates).toEqual([
      [['on Friday', '2016-02-19', '2016-02-19']],
      undefined,
      [['last week', '2016-02-15', '2016-02-21']],
    ]);
  });

  it('name as responsible only actors the record holds as perpetrator, as written', () => {
    const named = sabratha().map((r) => r.claims.responsibility?.map((c) => [c.words, c.actors]));
    expect(named).toEqual([
      [['U.S. warplanes', ['united-states']]],
      undefined,
      [['U.S. special forces', ['united-states']]],
    ]);
  });

  it('find the place as written, or a part of its name', () => {
    const places = sabratha().map((r) => r.claims.place?.map((c) => c.words));
    expect(places).toEqual([undefined, ["a building in the city's Qasr Talil district"], ['Sabratha']]);
  });

  it('show CBS News carrying AP as AP’s copy', () => {
    const reports = deriveReports(bundledIncident('sirte-is-stronghold'), bundledContext);
    expect(reports.map((r) => [r.speaker, r.agency])).toEqual([
      ['CBS News (AP)', 'AP'],
      ['Reuters', 'Reuters'],
      ['Reuters', 'Reuters'],
    ]);
  });
});
