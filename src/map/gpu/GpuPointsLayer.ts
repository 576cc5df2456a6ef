/**
 * A maplibre custom layer that draws columnar incidents with WebGL2. The buffers are uploaded once;
 * the time window is a uniform, so moving it costs one repaint whatever the number of points; the
 * other filters are one byte a point (setPasses). Mercator only (the app does not use the globe).
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { ColumnarIncidents } from '../../data/columnar';
import type { GpuWindow } from '../../data/gpuKeepRule';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './pointShaders';

const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);

/** The GL type of a column, from its array: what the shader reads is what the column holds. */
function glTypeOf(gl: WebGL2RenderingContext, data: ArrayBufferView): number {
  if (data instanceof Float32Array) return gl.FLOAT;
  if (data instanceof Uint32Array) return gl.UNSIGNED_INT;
  if (data instanceof Uint16Array) return gl.UNSIGNED_SHORT;
  if (data instanceof Uint8Array) return gl.UNSIGNED_BYTE;
  throw new TypeError(`GPU points layer: no vertex attribute type for ${data.constructor.name}`);
}

export class GpuPointsLayer implements CustomLayerInterface {
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map?: MapLibreMap;
  private gl?: WebGL2RenderingContext;
  private program?: WebGLProgram;
  private vao?: WebGLVertexArrayObject;
  private buffers: WebGLBuffer[] = [];
  private window: GpuWindow = { from: 0, to: 2 ** 24, contained: false };
  private passes: Uint8Array;
  private passesBuffer?: WebGLBuffer;
  /** Frames drawn, for benchmarks and tests. */
  frames = 0;

  constructor(
    readonly id: string,
    private columns: ColumnarIncidents,
    private readonly colours: string[],
    private readonly size = 7,
  ) {
    this.passes = new Uint8Array(columns.count).fill(1);
  }

  /** The colours the points are drawn in, by the columns' colour index. */
  get palette(): readonly string[] {
    return this.colours;
  }

  /** The window in the columns' own day numbers (relative to columns.dayOrigin). */
  setWindow(window: GpuWindow): void {
    this.window = window;
    this.map?.triggerRepaint();
  }

  /**
   * Which rows pass the filters that are not uniforms (category, actor, search, area, precision,
   * hidden imports), one byte a row; uploaded when those filters change, never per slider tick.
   */
  setPasses(passes: Uint8Array): void {
    this.passes = passes;
    const gl = this.gl;
    if (gl && this.passesBuffer) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.passesBuffer);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, passes);
    }
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = gl.createProgram()!;
    for (const [type, source] of [
      [gl.VERTEX_SHADER, VERTEX_SHADER],
      [gl.FRAGMENT_SHADER, FRAGMENT_SHADER],
    ] as const) {
      const shader = gl.createShader(type)!;
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
        throw new Error(`GPU points shader: ${gl.getShaderInfoLog(shader)}`);
      gl.attachShader(program, shader);
    }
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`GPU points program: ${gl.getProgramInfoLog(program)}`);
    this.program = program;
    this.upload();
  }

  private upload(): void {
    const gl = this.gl!;
    const c = this.columns;
    this.buffers.forEach((b) => gl.deleteBuffer(b));
    this.vao = gl.createVertexArray()!;
    gl.bindVertexArray(this.vao);
    const xy = new Float32Array(c.count * 2);
    for (let i = 0; i < c.count; i++) {
      xy[2 * i] = c.x[i];
      xy[2 * i + 1] = c.y[i];
    }
    const attribute = (name: string, data: ArrayBufferView, size: number) => {
      const buffer = gl.createBuffer()!;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, name === 'a_passes' ? gl.DYNAMIC_DRAW : gl.STATIC_DRAW);
      const location = gl.getAttribLocation(this.program!, name);
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, glTypeOf(gl, data), false, 0, 0);
      this.buffers.push(buffer);
      return buffer;
    };
    attribute('a_pos', xy, 2);
    attribute('a_start', c.start, 1);
    attribute('a_end', c.end, 1);
    attribute('a_category', c.category, 1);
    attribute('a_precision', c.precision, 1);
    this.passesBuffer = attribute('a_passes', this.passes, 1);
    gl.bindVertexArray(null);
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (!this.program || !this.vao) return;
    gl.useProgram(this.program);
    const at = (name: string) => gl.getUniformLocation(this.program!, name);
    gl.uniformMatrix4fv(at('u_matrix'), false, options.defaultProjectionData.mainMatrix);
    gl.uniform2f(at('u_window'), this.window.from, this.window.to);
    gl.uniform1i(at('u_contained'), this.window.contained ? 1 : 0);
    gl.uniform1f(at('u_size'), this.size * devicePixelRatio);
    const colours = new Float32Array(48);
    this.colours.forEach((hex, i) => colours.set(hexToRgb(hex), i * 3));
    gl.uniform3fv(at('u_colors'), colours);
    gl.bindVertexArray(this.vao);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.POINTS, 0, this.columns.count);
    gl.bindVertexArray(null);
    this.frames++;
  }

  onRemove(): void {
    const gl = this.gl;
    if (!gl) return;
    this.buffers.forEach((b) => gl.deleteBuffer(b));
    if (this.vao) gl.deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
  }
}
