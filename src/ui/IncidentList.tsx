/**
 * The map's accessible twin: the incidents in the current view and time window, newest first
 * unless the reader sorts otherwise. What ended before the reporting period (the background the
 * articles mention) sits under a collapsed heading, so it never leads the list. Long lists show a
 * page at a time (PagedIncidents).
 */
import { useAppStore } from '../store/appStore';
import { selectListedIncidents, selectOrderedList } from '../store/selectors';
import { monthsLabel } from '../time/extent';
import { LIST_ORDER_LABELS, LIST_ORDERS, type ListOrder } from '../geo/orderIncidents';
import { PagedIncidents } from './PagedIncidents';
import { formatCount } from '../lib/formatCount';
import { useSettledSelector } from './useSettledSelector';
import type { AppState } from '../store/types';

const NOTHING_YET = { current: [], background: [] };
const listedCountOf = (s: AppState) => selectListedIncidents(s).length;

export function IncidentList() {
  const listedCount = useSettledSelector(listedCountOf, null);
  const { current, background } = useSettledSelector(selectOrderedList, NOTHING_YET);
  const total = useAppStore((s) => s.incidents.length);
  const reportingStart = useAppStore((s) => s.reportingPeriod[0]);
  const order = useAppStore((s) => s.listOrder);
  const setOrder = useAppStore((s) => s.setListOrder);

  return (
    <section className="incident-list" aria-labelledby="incident-list-heading">
      <div className="list-head">
        <h2 id="incident-list-heading">Incidents</h2>
        <label className="list-order">
          <span className="visually-hidden">Sort the incidents</span>
          <select value={order} onChange={(e) => setOrder(e.target.value as ListOrder)}>
            {LIST_ORDERS.map((o) => (
              <option key={o} value={o}>
                {LIST_ORDER_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="list-count" data-testid="list-count">
        {listedCount === null
          ? `Finding which of the ${formatCount(total)} incidents are in this view and window…`
          : `Showing ${formatCount(listedCount)} of ${formatCount(total)} incidents in this view and window`}
      </p>
      {listedCount === null ? null : listedCount === 0 ? (
        <p className="empty-state">No incidents in this view and window. Zoom out or widen the dates.</p>
      ) : (
        <>
          {current.length > 0 && <PagedIncidents id="incident-list" label="Incidents" incidents={current} />}
          {background.length > 0 && (
            <details className="list-background" data-testid="list-background">
              <summary>
                Background: {background.length} {background.length === 1 ? 'incident' : 'incidents'} before{' '}
                {monthsLabel([reportingStart + 1, reportingStart + 1])}
              </summary>
              <PagedIncidents label="Background incidents" incidents={background} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
