/**
 * `npx tsx scripts/measureDuplicates.ts`: the possible-duplicates search (src/geo/duplicates.ts) on
 * 100,000 synthetic incidents around 200 towns over a year, 4 categories, 20 actors, under the
 * default rule (10 km, 2 days), against a baseline measured in the same run: sorting the same
 * incidents by start day. Medians of five runs; also the candidate pairs looked at against all pairs.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_DUPLICATE_RULE, findDuplicates, type DuplicateCandidate } from '../src/geo/duplicates';
import { seededRandom } from '../src/data/synthetic';

const N = Number(process.env.N ?? 100_000);
const random = seededRandom(1);
const towns = Array.from({ length: 200 }, () => [-10 + random() * 70, random() * 50] as [number, number]);
const items: DuplicateCandidate[] = Array.from({ length: N }, (_, i) => {
  const town = towns[Math.floor(random() * towns.length)];
  const day = Math.floor(random() * 365);
  return {
    id: `s${i}`,
    category: ['airstrike', 'attack', 'shelling', 'clash'][Math.floor(random() * 4)],
    lngLat: [town[0] + (random() - 0.5) * 0.5, town[1] + (random() - 0.5) * 0.5],
    startDay: day,
    endDay: day,
    actors: [`actor-${Math.floor(random() * 20)}`],
  };
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [base, search] = [[], []] as [number[], number[]];
let found = 0;
const stats = { compared: 0 };
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  [...items].sort((a, b) => a.startDay - b.startDay);
  base.push(performance.now() - t);
  stats.compared = 0;
  t = performance.now();
  found = findDuplicates(items, DEFAULT_DUPLICATE_RULE, stats).length;
  search.push(performance.now() - t);
}
const [b, s] = [median(base), median(search)];
console.log(
  `${N} incidents: search ${s.toFixed(0)} ms, sort baseline ${b.toFixed(1)} ms, ratio ${(s / b).toFixed(1)}×; ` +
    `${found} pairs; ${stats.compared} candidates looked at of ${((N * (N - 1)) / 2).toExponential(2)} pairs`,
);
