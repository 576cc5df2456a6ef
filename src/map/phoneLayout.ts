/**
 * Whether the page is in its phone layout (the same breakpoint as layout.css), where the bottom
 * sheet covers the lower part of the map. The map's width alone cannot tell: on a laptop with the
 * details open the map is narrow too.
 */
export const PHONE_LAYOUT_QUERY = '(max-width: 900px)';

export function isPhoneLayout(): boolean {
  return window.matchMedia?.(PHONE_LAYOUT_QUERY).matches ?? false;
}

/** Where to aim a selected incident so that it sits in the middle of the map left above a half-open sheet. */
export function sheetAwareOffsetY(mapHeight: number): number {
  return isPhoneLayout() ? -0.27 * mapHeight : 0;
}
