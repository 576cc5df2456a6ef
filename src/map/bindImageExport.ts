/**
 * Save the map as a PNG on request: the current frame, with a caption (what is shown) and the
 * attribution of every data source burnt into a band beneath it.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import { downloadBlob } from '../lib/download';
import { ATTRIBUTION_TEXT } from './basemapStyle';

const BAND = 44;

export function renderMapImage(map: MaplibreMap, caption: string): Promise<Blob> {
  const source = map.getCanvas();
  const ratio = source.width / source.clientWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height + BAND * ratio;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(source, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, source.height, canvas.width, BAND * ratio);
  ctx.scale(ratio, ratio);
  const top = source.height / ratio;
  ctx.fillStyle = '#1f2933';
  ctx.font = '600 13px "Noto Sans", sans-serif';
  ctx.fillText(caption, 10, top + 18, source.clientWidth - 20);
  ctx.fillStyle = '#52606d';
  ctx.font = '11px "Noto Sans", sans-serif';
  ctx.fillText(ATTRIBUTION_TEXT, 10, top + 35, source.clientWidth - 20);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export function bindImageExport(map: MaplibreMap, store: AppStore): () => void {
  return store.subscribe(
    (s) => s.imageRequest,
    (request) => {
      if (!request) return;
      // Draw a fresh frame first: the drawing buffer is only guaranteed right after a render.
      map.once('render', () => {
        void renderMapImage(map, request.caption).then((blob) => downloadBlob('incident-atlas-map.png', blob));
      });
      map.triggerRepaint();
    },
  );
}
