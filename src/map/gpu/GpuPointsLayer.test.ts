/**
 * What the GPU reads of the columns. No WebGL here: a stand-in context records each attribute's
 * buffer and the type the layer declares for it, and the test reads the buffer back the way the
 * GPU would (as that type), so a day column whose array and declared type disagree is caught.
 */
import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { buildColumns } from '../../data/columnar';
import { toDayNumber as day } from '../../lib/days';
import { GpuPointsLayer } from './GpuPointsLayer';

const GL = { UNSIGNED_BYTE: 0x1401, UNSIGNED_SHORT: 0x1403, UNSIGNED_INT: 0x1405, FLOAT: 0x1406 } as const;
const AS_READ: Record<
  number,
  { new (b: ArrayBufferLike, o: number, n: number): ArrayLike<number>; BYTES_PER_ELEMENT: number }
> = {
  [GL.UNSIGNED_BYTE]: Uint8Array,
  [GL.UNSIGNED_SHORT]: Uint16Array,
  [GL.UNSIGNED_INT]: Uint32Array,
  [GL.FLOAT]: Float32Array,
};

/** A WebGL2 stand-in: every attribute's values as the GPU would read them, by name. */
function recordingGl() {
  const names: string[] = [];
  const data = new Map<object, ArrayBufferView>();
  const read = new Map<string, number[]>();
  let bound: object | undefined;
  const gl = {
    ...GL,
    ARRAY_BUFFER: 0x8892,
    createProgram: () => ({}),
    createShader: () => ({}),
    getShaderParameter: () => true,
    getProgramParameter: () => true,
    createVertexArray: () => ({}),
    createBuffer: () => ({}),
    bindBuffer: (_: number, buffer: object) => (bound = buffer),
    bufferData: (_: number, view: ArrayBufferView) => data.set(bound!, view),
    getAttribLocation: (_: object, name: string) => names.push(name) - 1,
    vertexAttribPointer: (location: number, _size: number, type: number) => {
      const view = data.get(bound!)!;
      const Type = AS_READ[type];
      read.set(
        names[location],
        Array.from(new Type(view.buffer, view.byteOffset, view.byteLength / Type.BYTES_PER_ELEMENT)),
      );
    },
  };
  const gl2 = new Proxy(gl, {
    get: (target, key) => (key in target ? target[key as keyof typeof gl] : () => undefined),
  });
  return { gl: gl2 as unknown as WebGL2RenderingContext, read };
}

describe('the GPU points layer uploads', () => {
  it('the day columns of a record from 1700 to 2016 as the exact days, read with the type they are declared as', () => {
    const item = (iso: string, lng: number) => ({
      lngLat: [lng, 30] as [number, number],
      startDay: day(iso),
      endDay: day(iso) + 1,
      category: 'attack' as const,
      precision: 'city' as const,
    });
    const columns = buildColumns([item('2016-02-19', 10), item('1700-06-01', 11), item('1000-01-01', 12)]);
    const { gl, read } = recordingGl();
    new GpuPointsLayer('test', columns, ['#000000']).onAdd(
      { triggerRepaint: () => undefined } as unknown as MaplibreMap,
      gl,
    );
    const origin = day('1000-01-01');
    expect(read.get('a_start')).toEqual(
      [day('1000-01-01'), day('1700-06-01'), day('2016-02-19')].map((d) => d - origin),
    );
    expect(read.get('a_end')).toEqual(
      [day('1000-01-01'), day('1700-06-01'), day('2016-02-19')].map((d) => d + 1 - origin),
    );
    expect(read.get('a_category')).toEqual([1, 1, 1]);
    // City precision: drawn hollow, as the native markers draw it.
    expect(read.get('a_precision')).toEqual([2, 2, 2]);
    expect(read.get('a_passes')).toEqual([1, 1, 1]);
  });
});
