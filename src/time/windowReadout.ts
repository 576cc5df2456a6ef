/**
 * What the time bar says about the window, and which one-click windows it offers. The window opens
 * on the reporting period (the months the articles were published), so the readout names it as
 * such ("Feb 2016: the period the articles cover") and offers the whole record; on the whole record
 * it says so and offers the way back; any other window is given as its dates, with both offers.
 */
import { formatDayRange } from '../lib/days';
import { monthsLabel, type DayRange } from './extent';
import { presetOf, type WindowPreset } from './windowPresets';

export interface WindowReadout {
  /** The window in words. */
  text: string;
  /** The exact dates, for a tooltip when the text names a period instead. */
  dates: string;
  /** The presets that would change the window, in the order they are offered. */
  offers: WindowPreset[];
}

/** The readout for a window, given the record's domain and the reporting period; `empty` when nothing is loaded. */
export function windowReadout(range: DayRange, domain: DayRange, reporting: DayRange, empty = false): WindowReadout {
  const dates = formatDayRange(range[0], range[1]);
  if (empty) return { text: dates, dates, offers: [] };
  const distinct = domain[0] !== reporting[0] || domain[1] !== reporting[1];
  const preset = presetOf(range, { domain, reporting });
  if (preset === 'reporting')
    return {
      text: `${monthsLabel(reporting)}: the period the articles cover`,
      dates,
      offers: distinct ? ['record'] : [],
    };
  if (preset === 'record') return { text: `${dates}: the whole record`, dates, offers: ['reporting'] };
  return { text: dates, dates, offers: distinct ? ['reporting', 'record'] : ['record'] };
}
