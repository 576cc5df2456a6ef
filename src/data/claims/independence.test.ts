import { describe, expect, it } from 'vitest';
import { independentGroups } from './independence';
import { deriveReports } from './deriveReports';
import type { Report } from './types';
import { bundledContext, bundledIncident, bundledText } from '../../test/bundledClaimsData';

const textOf = (id: string) => bundledContext.sourceInfo(id)?.text;
const report = (source: string, agency: string, speaker = agency, ownVoice = true): Report => ({
  key: `${source}|${speaker}`,
  source,
  speaker,
  ownVoice,
  outlet: agency,
  agency,
  excerpts: [],
  claims: {},
});

describe('independent reports', () => {
  it('count Sabratha’s three reports as two independent: Reuters once, under two bylines, and the mayor', () => {
    const reports = deriveReports(bundledIncident('sabratha-us-airstrike-qasr-talil'), bundledContext);
    const { groups, reasons } = independentGroups(reports, textOf);
    expect(groups.map((g) => g.map((r) => r.speaker))).toEqual([
      ['Reuters', 'Reuters'],
      ['Hussein al-Thwadi, mayor of Sabratha'],
    ]);
    expect(reasons).toEqual(['Reuters counts once: one agency’s reporting, whatever the byline']);
  });

  it('count Sirte’s three articles (AP via CBS News, Reuters twice) as two independent', () => {
    const reports = deriveReports(bundledIncident('sirte-is-stronghold'), bundledContext);
    expect(independentGroups(reports, textOf).groups).toHaveLength(2);
  });

  it('count a reprint of an article by another outlet once, and a rewrite as independent', () => {
    const original = bundledText('reuters-2016-02-19-tripoli-sabratha-air-strike');
    const texts: Record<string, string> = {
      original,
      reprint: `Another headline\n\n${original.split('\n\n').slice(1).join('\n\n')}`,
      rewrite: 'American aircraft bombed a suspected Islamic State compound near Sabratha in western Libya on Friday.',
    };
    const reports = [
      report('original', 'Reuters'),
      report('reprint', 'Daily Example'),
      report('rewrite', 'Other Wire'),
    ];
    const { groups, reasons } = independentGroups(reports, (id) => texts[id]);
    expect(groups.map((g) => g.map((r) => r.source))).toEqual([['original', 'reprint'], ['rewrite']]);
    expect(reasons[0]).toMatch(/^Reuters and Daily Example count once: \d+% of the text is the same$/);
  });

  it('count one speaker quoted by two outlets once, and two different speakers in one article apart', () => {
    const reports = [
      report('a', 'Reuters', 'the mayor', false),
      report('b', 'AP', 'the mayor', false),
      report('a', 'Reuters', 'a hospital doctor', false),
    ];
    expect(independentGroups(reports, () => undefined).groups).toHaveLength(2);
  });

  it('never merge sources of unknown agency just because both are unknown', () => {
    const reports = [report('x', 'unknown'), report('y', 'unknown')];
    expect(independentGroups(reports, () => undefined).groups).toHaveLength(2);
  });
});
