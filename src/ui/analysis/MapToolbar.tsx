/** Tools over the map: measure distances, select an area, export; and the incidents outside the start view. */
import { useAppStore } from '../../store/appStore';
import type { Tool } from '../../store/types';
import { ExportMenuLater } from './ExportMenuLater';
import { ElsewhereControl } from './ElsewhereControl';

const TOOLS: Array<{ tool: Exclude<Tool, 'none'>; label: string; hint: string }> = [
  { tool: 'measure', label: 'Measure', hint: 'Click points on the map to measure the distance between them' },
  { tool: 'area', label: 'Select area', hint: 'Drag a box on the map to list the incidents inside it' },
];

export function MapToolbar() {
  const tool = useAppStore((s) => s.tool);
  const setTool = useAppStore((s) => s.setTool);
  return (
    <>
      <ElsewhereControl />
      <div className="map-toolbar" role="toolbar" aria-label="Map tools">
        {TOOLS.map((t) => (
          <button
            key={t.tool}
            type="button"
            className="tool-button"
            aria-pressed={tool === t.tool}
            title={t.hint}
            onClick={() => setTool(tool === t.tool ? 'none' : t.tool)}
          >
            {t.label}
          </button>
        ))}
        <ExportMenuLater />
      </div>
    </>
  );
}
