/** Show or hide incidents by what they rest on: verbatim excerpts, quoted excerpts, a coder's summary, or nothing. */
import { useAppStore } from '../../store/appStore';
import { PROVENANCES, PROVENANCE_DEFINITIONS, type Provenance } from '../../data/vocabulary';

const LABELS: Record<Provenance, string> = {
  verbatim: 'Verbatim excerpts (checked)',
  quoted: 'Quoted excerpts (unchecked)',
  summary: 'Coder’s summary',
  none: 'No text (coded fields only)',
};

export function ProvenanceFilter() {
  const hidden = useAppStore((s) => s.hiddenProvenances);
  const toggle = useAppStore((s) => s.toggleProvenance);
  return (
    <fieldset className="filter-group">
      <legend>Sourced by</legend>
      <ul className="plain-list">
        {PROVENANCES.map((p) => (
          <li key={p}>
            <label className="check" title={PROVENANCE_DEFINITIONS[p]}>
              <input type="checkbox" checked={!hidden.includes(p)} onChange={() => toggle(p)} /> {LABELS[p]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
