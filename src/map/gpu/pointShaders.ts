/**
 * Shaders of the GPU points layer. The vertex shader's keep test mirrors gpuKeeps() in
 * src/data/gpuKeepRule.ts line by line (pointShaders.test.ts runs these lines against it): a point
 * outside the window, or failing the other filters (its a_passes byte), is moved outside clip
 * space with size 0, so a slider tick is one uniform write. a_start and a_end are float32 day
 * offsets from the columns' first day (exact up to 2^24 days); highp is the vertex shader's default.
 */
export const VERTEX_SHADER = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform bool u_contained;
uniform float u_size;
uniform vec3 u_colors[16];
in vec2 a_pos;
in float a_start;
in float a_end;
in float a_category;
in float a_passes;
in float a_precision;
out vec3 v_color;
out float v_hollow;
void main() {
  bool overlaps = a_start <= u_window.y && a_end >= u_window.x;
  bool inside = a_start >= u_window.x && a_end <= u_window.y;
  bool keep = (u_contained ? inside : overlaps) && a_passes > 0.0;
  gl_Position = keep ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
  gl_PointSize = keep ? u_size : 0.0;
  v_color = u_colors[int(a_category)];
  // As the native markers: precision 0 (poi) and 1 (district) solid, 2+ (city, region, country) hollow.
  v_hollow = a_precision >= 2.0 ? 1.0 : 0.0;
}`;

export const FRAGMENT_SHADER = `#version 300 es
precision mediump float;
in vec3 v_color;
in float v_hollow;
out vec4 fragColor;
void main() {
  float d = length(gl_PointCoord - vec2(0.5));
  if (d > 0.5) discard;
  // Solid: the colour inside a white edge. Hollow: white inside a ring of the colour.
  vec3 rgb = v_hollow > 0.5 ? (d > 0.3 ? v_color : vec3(1.0)) : (d > 0.36 ? vec3(1.0) : v_color);
  fragColor = vec4(rgb, 1.0);
}`;
