import { describe, expect, it } from 'vitest';
import { REPRINT_THRESHOLD, isReprint, textContainment } from './textSimilarity';
import { bundledText } from '../../test/bundledClaimsData';

const sabratha = bundledText('reuters-2016-02-19-tripoli-sabratha-air-strike');
const paragraphs = sabratha.split('\n\n');

/** Wire copy as another outlet runs it: its own headline, a paragraph cut, its own line at the end. */
const reprint = [
  'US jets hit Islamic State camp in Libya',
  ...paragraphs.slice(1, 6),
  ...paragraphs.slice(7),
  'This story was provided by Reuters and has not been edited by our staff.',
].join('\n\n');

/** The same event told in other words, keeping one quotation, as a second newsroom would. */
const rewrite = `American aircraft bombed a suspected Islamic State compound near Sabratha, in western Libya, early
on Friday. Local officials put the number of dead at forty-one and said six more were hurt. Washington said the
raid was aimed at Noureddine Chouchane, a Tunisian it holds responsible for the museum and beach attacks in his
home country. The White House would not yet confirm the outcome. Days earlier President Obama had said the US would
"take actions where we've got a clear operation and a clear target in mind". The house that was hit had been let to
foreigners, according to the town council, and weapons were found in the ruins.`;

const differentEvent = bundledText('reuters-2016-02-19-washington-apple-filing');
const sameStoryLater = bundledText('reuters-2016-02-24-wadi-bey-western-urgency-libya');

describe('near-identical texts, by five-word shingle containment', () => {
  it('count a reprint with a new headline, a cut paragraph and an added line as the same text', () => {
    expect(textContainment(sabratha, reprint)).toBeGreaterThan(0.8);
    expect(isReprint(sabratha, reprint)).toBe(true);
  });

  it('count a rewrite of the same event, even sharing a quotation, as a different text', () => {
    expect(textContainment(sabratha, rewrite)).toBeLessThan(0.15);
    expect(isReprint(sabratha, rewrite)).toBe(false);
  });

  it('count a different event, and a later article of the same agency on the same country, as different texts', () => {
    expect(textContainment(sabratha, differentEvent)).toBeLessThan(0.02);
    expect(textContainment(sabratha, sameStoryLater)).toBeLessThan(0.15);
    expect(isReprint(sabratha, sameStoryLater)).toBe(false);
  });

  it('ignore case, punctuation and curly quotes, and score a text against itself as 1', () => {
    expect(
      textContainment('The mayor’s office said FORTY people died.', "the mayor's office said forty people, died"),
    ).toBe(1);
    expect(textContainment(sabratha, sabratha)).toBe(1);
    expect(textContainment('', sabratha)).toBe(0);
  });

  it('hold the threshold between the rewrite and the reprint', () => {
    expect(REPRINT_THRESHOLD).toBeGreaterThan(textContainment(sabratha, rewrite));
    expect(REPRINT_THRESHOLD).toBeLessThan(textContainment(sabratha, reprint));
  });
});
