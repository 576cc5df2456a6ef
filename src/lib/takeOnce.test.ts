import { describe, expect, it } from 'vitest';
import { takeOnce } from './takeOnce';

describe('takeOnce', () => {
  it('gives the value the first time and null after', () => {
    const take = takeOnce('sabratha-us-airstrike-qasr-talil');
    expect(take()).toBe('sabratha-us-airstrike-qasr-talil');
    expect(take()).toBeNull();
  });
});
