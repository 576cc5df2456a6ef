/** Map layers: the incident layers, and the sourced context layers with how each was drawn. */
import { useAppStore } from '../../store/appStore';
import type { BaseLayer } from '../../store/types';
import { selectWindowCount } from '../../store/selectors';
import { NATIVE_LAYERS_LIMIT } from '../../data/drawingLimits';
import { formatCount } from '../../lib/formatCount';

const BASE: Array<{ layer: BaseLayer; label: string }> = [
  { layer: 'points', label: 'Incident markers' },
  { layer: 'clusters', label: 'Group nearby markers' },
  { layer: 'heatmap', label: 'Heatmap (weighted by casualties)' },
  { layer: 'labels', label: 'Place labels on markers' },
];

export function LayerToggles() {
  const inWindow = useAppStore(selectWindowCount);
  const base = useAppStore((s) => s.baseLayers);
  const setBase = useAppStore((s) => s.setBaseLayer);
  const context = useAppStore((s) => s.contextLayers);
  const on = useAppStore((s) => s.contextLayersOn);
  const setContext = useAppStore((s) => s.setContextLayer);
  const colourBy = useAppStore((s) => s.colourBy);
  const setColourBy = useAppStore((s) => s.setColourBy);
  return (
    <>
      <fieldset className="filter-group">
        <legend>Incident layers</legend>
        <ul className="plain-list">
          {BASE.map(({ layer, label }) => (
            <li key={layer}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={base[layer]}
                  onChange={(e) => setBase(layer, e.currentTarget.checked)}
                />{' '}
                {label}
              </label>
            </li>
          ))}
        </ul>
        {inWindow > NATIVE_LAYERS_LIMIT && (
          <p className="source-note" data-testid="beyond-native-layers">
            This window holds {formatCount(inWindow)} incidents: they are drawn as plain markers, with no ring on the
            selected one. Groups, place labels and the heatmap are drawn for up to {formatCount(NATIVE_LAYERS_LIMIT)};
            narrow the window or filter to see them.
          </p>
        )}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Colour markers by</legend>
        <ul className="plain-list">
          {(['category', 'grade'] as const).map((by) => (
            <li key={by}>
              <label className="check">
                <input type="radio" name="colour-by" checked={colourBy === by} onChange={() => setColourBy(by)} />{' '}
                {by === 'category' ? 'Category' : 'Grade (override, else suggested)'}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="filter-group">
        <legend>Context</legend>
        <ul className="plain-list">
          {context.map(({ metadata: m }) => (
            <li key={m.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={on.includes(m.id)}
                  onChange={(e) => setContext(m.id, e.currentTarget.checked)}
                />{' '}
                {m.title}
              </label>
              <details className="source-note">
                <summary>How this was drawn ({m.precision})</summary>
                <p>{m.drawn}</p>
                <p>{m.precisionNote}</p>
                <ul>
                  {m.citations.map((c) => (
                    <li key={c.text}>{c.text}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
