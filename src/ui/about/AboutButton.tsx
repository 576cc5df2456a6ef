/** Opens "About this data". */
import { useAppStore } from '../../store/appStore';

export function AboutButton() {
  const setOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <button type="button" className="header-button" onClick={() => setOpen(true)}>
      About<span className="wide-only"> this data</span>
    </button>
  );
}
