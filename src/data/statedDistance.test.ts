import { describe, expect, it } from 'vitest';
import { findStatedDistances } from './statedDistance';

describe('findStatedDistances', () => {
  it('reads the Zubair sentence', () => {
    expect(
      findStatedDistances(
        'It was not immediately clear how the device, owned by Swiss inspections group SGS, ended up in Zubair, around 9 miles southwest of Basra.',
      ),
    ).toEqual([
      {
        text: 'around 9 miles southwest of Basra',
        value: 9,
        unit: 'mi',
        direction: 'southwest',
        from: 'Basra',
        hedge: 'around',
      },
    ]);
  });
  it('reads kilometres, hyphenated directions and multi-word places', () => {
    expect(findStatedDistances('a village 25 km north-east of Deir Hafer and 3.5 kilometres west of Al Bab')).toEqual([
      { text: '25 km north-east of Deir Hafer', value: 25, unit: 'km', direction: 'northeast', from: 'Deir Hafer' },
      { text: '3.5 kilometres west of Al Bab', value: 3.5, unit: 'km', direction: 'west', from: 'Al Bab' },
    ]);
  });
  it('ignores distances with no direction or place', () => {
    expect(findStatedDistances('Italy, whose southernmost territory is less than 300 miles from Libya')).toEqual([]);
    expect(findStatedDistances('was able to travel 300 miles before being stopped in Guinea')).toEqual([]);
  });
});
