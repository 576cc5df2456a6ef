import { describe, expect, it } from 'vitest';
import { defaultSeconds, formatBytes, parseSeconds, sizeChoices } from './recordChoices';

describe('record choices', () => {
  it('offers 720p, 1080p and the map’s size in even pixels', () => {
    expect(sizeChoices(null).map((c) => c.id)).toEqual(['720p', '1080p']);
    const map = sizeChoices({ width: 1063, height: 721 }).at(-1)!;
    expect(map).toMatchObject({ id: 'map', width: 1062, height: 720 });
    expect(map.label).toBe('The map’s size (1062 × 720)');
  });

  it('records until the end of the record, at most 20 s, unless told otherwise', () => {
    expect(defaultSeconds(3.5)).toBe(4);
    expect(defaultSeconds(140)).toBe(20);
    expect(defaultSeconds(0)).toBe(1);
  });

  it('reads a typed length as whole seconds within limits', () => {
    expect(parseSeconds('3')).toBe(3);
    expect(parseSeconds(' 2.6 ')).toBe(3);
    expect(parseSeconds('0')).toBe(1);
    expect(parseSeconds('9999')).toBe(600);
    expect(parseSeconds('')).toBeNull();
    expect(parseSeconds('three')).toBeNull();
  });

  it('gives sizes in kB and MB', () => {
    expect(formatBytes(840_000)).toBe('840 kB');
    expect(formatBytes(12_400_000)).toBe('12.4 MB');
  });
});
