/** A polite live region: after the window settles, announce e.g. "12 of 47 incidents, 15–24 Feb 2016". */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { selectWindowCount } from '../store/selectors';
import { formatDayRange } from '../lib/days';

const SETTLE_MS = 700;

export function LiveAnnouncer() {
  const count = useAppStore(selectWindowCount);
  const total = useAppStore((s) => s.incidents.length);
  const [start, end] = useAppStore(useShallow((s) => s.timeRange));
  const [message, setMessage] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(
      () => setMessage(`${count} of ${total} incidents, ${formatDayRange(start, end)}`),
      SETTLE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [count, total, start, end]);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
