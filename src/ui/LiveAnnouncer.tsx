/**
 * A polite live region: after the window settles, announce e.g. "12 of 47 incidents, 15–24 Feb 2016",
 * preceded, while a briefing is presented, by the step and its caption.
 */
import { formatCount } from '../lib/formatCount';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { formatDayRange } from '../lib/days';
import { selectStepAnnouncement } from '../store/briefingSlice';

const SETTLE_MS = 700;

export function LiveAnnouncer() {
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  // A briefing step being presented is announced with its caption, then what it shows.
  const step = useAppStore(selectStepAnnouncement);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const counted = `${formatCount(count)} of ${formatCount(total)} incidents, ${formatDayRange(start, end)}`;
    const timer = window.setTimeout(() => setMessage(step ? `${step} ${counted}` : counted), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [count, total, start, end, step]);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
