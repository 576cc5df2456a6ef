/**
 * "How sources are compared and graded": the rules "What the sources say" applies, written from
 * the same constants and rule table the code uses, so the page cannot say one thing and do another.
 */
import { GRADE_LABELS, GRADE_RULES } from '../../data/claims/grade';
import { REPRINT_THRESHOLD, SHINGLE_WORDS } from '../../data/claims/textSimilarity';

export function GradingRules() {
  return (
    <section aria-labelledby="about-grading">
      <h3 id="about-grading">How sources are compared and graded</h3>
      <p>
        <strong>Reports.</strong> A report is one outlet’s own words in one article, or one speaker it quotes by name
        (the mayor, quoted by Reuters). Each claim shown is taken from the record: a casualty figure with who gave it; a
        date from the words its basis quotes, resolved against that article’s date; a place as written; a perpetrator
        named in an excerpt. Two reports disagree when their claims cannot both be true: figures whose bounds do not
        overlap (“as many as 40” and “41”), dates with no day in common, or perpetrators with none in common.
      </p>
      <p>
        <strong>Most conservative figure.</strong> Each casualty statement counts as the number it states: its lower
        bound, or, when it gives only an upper one (“as many as 40”), that number. The most conservative value is the
        lowest of these; the range runs from the lowest number stated to the highest. Disputes are shown, never
        averaged.
      </p>
      <p>
        <strong>Independent reports.</strong> Reports count once when they are the own words of one agency (two Reuters
        articles under different bylines; CBS News carrying AP), when they quote the same named speaker, or when their
        archived texts are near-identical: at least {Math.round(REPRINT_THRESHOLD * 100)}% of the shorter text’s{' '}
        {SHINGLE_WORDS}-word runs appear in the other (a reprint scores about 97%, a rewrite of the same event about
        9%).
      </p>
      <p>
        <strong>Grade</strong> (the Airwars scale). The first rule that holds gives the suggested grade:
      </p>
      <ol className="about-list">
        {GRADE_RULES.map((rule) => (
          <li key={rule.grade}>
            <strong>{GRADE_LABELS[rule.grade]}</strong> <span className="basis">{rule.when}</span>
          </li>
        ))}
        <li>
          <strong>{GRADE_LABELS.discounted}</strong>{' '}
          <span className="basis">
            Those killed were combatants, or others are most likely responsible: never suggested, only set by an
            analyst.
          </span>
        </li>
      </ol>
      <p>
        An analyst can override any grade with a reason. Overrides are kept in this browser with their history, and
        travel with the incident in the GeoJSON and CSV exports. Airwars’ “Fair” also asks for likely or confirmed
        nearby actions by a belligerent; the data holds no such record, so that part is left to the analyst.
      </p>
      <h4 id="about-duplicates">Possible duplicates</h4>
      <p>
        Two incidents are listed as possible duplicates when they are of the same category, lie within 10 km of each
        other, their dates are at most 2 days apart and they name an actor in common (the distance and the days can be
        changed in the list). <strong>Merge</strong> shows them as one incident, with every excerpt and statement of
        both, each citing its own source; <strong>Keep apart</strong> is remembered. Both decisions are kept in this
        browser.
      </p>
      <p>
        A merge is a view of this browser, for bundled, imported and added incidents alike: neither record is rewritten.
        The bundled records are checked against their archived texts and ship with the app, so they cannot change here;
        an imported or added record stays as its file or article gave it, so that it can be exported, checked and
        removed on its own. The merged incident says what was merged and when.
      </p>
    </section>
  );
}
