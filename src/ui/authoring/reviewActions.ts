/** What the review does to the rest of the page: close, and show an incident on the map. */
import { appStore } from '../../store/appStore';
import { cancelReview } from '../../io/extractReview';

export function closeReview(): void {
  cancelReview();
  appStore.getState().stopPlacingPin();
  appStore.getState().setAuthoringView(null);
}

/** Close the review and show an incident: selected, flown to, inside the time window. */
export function showOnMap(id: string): void {
  const s = appStore.getState();
  const incident = s.incidents.find((i) => i.id === id);
  if (!incident) return;
  const [from, to] = s.timeRange;
  if (incident.startDay < from || incident.endDay > to)
    s.setTimeRange([Math.min(from, incident.startDay), Math.max(to, incident.endDay)]);
  closeReview();
  s.selectIncident(id);
  s.flyToIncident(id);
}
