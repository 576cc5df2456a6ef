/** What date and location precision mean, what each provenance level means, and the category definitions, from the vocabulary itself. */
import {
  CATEGORIES,
  CATEGORY_DEFINITIONS,
  DATE_PRECISIONS,
  DATE_PRECISION_WORDS,
  LOCATION_PRECISIONS,
  LOCATION_PRECISION_WORDS,
  PROVENANCES,
  PROVENANCE_DEFINITIONS,
  UNCERTAINTY_KM,
} from '../../data/vocabulary';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../../data/categoryColors';

export function PrecisionAndCategories() {
  return (
    <>
      <h3>What precision means</h3>
      <dl className="facts">
        {DATE_PRECISIONS.map((p) => (
          <div className="fact-row" key={p}>
            <dt>Date: {p}</dt>
            <dd>{DATE_PRECISION_WORDS[p]}</dd>
          </div>
        ))}
        {LOCATION_PRECISIONS.map((p) => (
          <div className="fact-row" key={p}>
            <dt>Place: {p}</dt>
            <dd>
              {LOCATION_PRECISION_WORDS[p]}; drawn {p === 'poi' || p === 'district' ? 'solid' : 'hollow'}, with an
              uncertainty circle of {UNCERTAINTY_KM[p]} km when selected
            </dd>
          </div>
        ))}
      </dl>
      <h3>What each incident rests on</h3>
      <dl className="facts" data-testid="about-provenance">
        {PROVENANCES.map((p) => (
          <div className="fact-row" key={p}>
            <dt>Sourcing: {p}</dt>
            <dd>
              {PROVENANCE_DEFINITIONS[p]}
              {p === 'verbatim' ? ' Every incident of the bundled dataset is verbatim.' : ''}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Categories</h3>
      <dl className="facts">
        {CATEGORIES.map((c) => (
          <div className="fact-row" key={c}>
            <dt>
              <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />{' '}
              {CATEGORY_LABELS[c]}
            </dt>
            <dd>{CATEGORY_DEFINITIONS[c]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
