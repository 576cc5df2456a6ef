import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { createAppStore } from '../../store/appStore';
import type { GpuTimeFilter } from './gpuTimeFilter';

const loaded = { previews: [] as Array<() => Promise<boolean>>, fail: false };
vi.mock('./gpuTimeFilter', () => ({
  createGpuTimeFilter: (): Partial<GpuTimeFilter> => {
    if (loaded.fail) throw new Error('no WebGL 2 here');
    return {
      handles: () => true,
      preview: (commit) => void loaded.previews.push(commit),
      setSettleDelay: () => {},
      destroy: () => {},
    };
  },
}));

async function lazyFilterOver(count: number) {
  const { createLazyGpuTimeFilter } = await import('./lazyGpuTimeFilter');
  const store = createAppStore();
  store.setState({ incidents: Array.from({ length: count }) as never });
  return createLazyGpuTimeFilter({} as MaplibreMap, store, 10);
}

afterEach(() => {
  vi.resetModules();
  vi.restoreAllMocks();
  loaded.previews = [];
  loaded.fail = false;
});

describe('the GPU layer, loaded when the data reaches its threshold', () => {
  it('takes a large list while its code is still on the way, and shows the last preview asked for once it arrives', async () => {
    const gpu = await lazyFilterOver(100);
    expect(gpu.handles(100)).toBe(true);
    expect(gpu.handles(9)).toBe(false);
    const first = async () => true;
    const latest = async () => true;
    gpu.preview(first);
    gpu.preview(latest);
    await vi.waitFor(() => expect(loaded.previews).toEqual([latest]));
  });

  it('that cannot load hands the window back to the native layers at once, and from then on', async () => {
    loaded.fail = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const gpu = await lazyFilterOver(100);
    const commit = vi.fn(async () => true);
    gpu.preview(commit);
    await vi.waitFor(() => expect(commit).toHaveBeenCalledOnce());
    expect(gpu.handles(100)).toBe(false);
  });
});
