import { describe, expect, it } from 'vitest';
import { median } from '../bench/case';
import { measure } from '../bench/run';

describe('bench runner', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d', (xs, m) => expect(median(xs)).toBe(m));

  it('reports the median of each side, their ratio, and whether it meets the target', async () => {
    let runs = 0;
    let floors = 0;
    const result = await measure(
      { name: 'x', floorName: 'y', target: 2.5, run: async () => [30, 10, 20, 99][runs++ % 4]!, floor: async () => [10, 5, 10, 10][floors++ % 4]! },
      3,
    );
    expect(result).toMatchObject({ name: 'x', floorName: 'y', runs: 3, target: 2.5 });
    expect(result.ratio).toBe(Math.round((result.ms / result.floorMs) * 100) / 100);
    expect(result.pass).toBe(result.ratio <= 2.5);
  });
});
