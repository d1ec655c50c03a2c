/**
 * Quick iteration on locating speed: only the bench's scale measurement, and with
 * `--profile` the engine's functions that took the most time (self time, from a CPU
 * profile of 20 runs on each page, unminified).
 *
 *   npx tsx scripts/bench/profile.ts [--sizes=1000,10000,50000] [--profile]
 */
import { scale } from './scale';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? '1000,10000,50000').split(',').map(Number);
const profiling = process.argv.includes('--profile');

const result = await scale(sizes, {
  minify: !profiling,
  each: profiling
    ? async (page, n) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.evaluate(() => {
          const b = (window as unknown as { ProvodnikBench: { run(): unknown } }).ProvodnikBench;
          for (let i = 0; i < 20; i++) b.run();
        });
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
        };
        const byId = new Map(profile.nodes.map((node) => [node.id, node]));
        const self = new Map<string, number>();
        profile.samples.forEach((id, i) => {
          const f = byId.get(id)!.callFrame;
          const key = `${f.functionName || '(anonymous)'} ${f.url ? `:${f.lineNumber + 1}` : ''}`;
          self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
        });
        const total = [...self.values()].reduce((a, b) => a + b, 0);
        console.log(`\n${n} elements: self time over 20 runs (${total.toFixed(1)} ms sampled)`);
        for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(2).padStart(8)} ms  ${k}`);
        await cdp.detach();
      }
    : undefined,
});
for (const r of result.rows) console.log(`${r.elements} elements: median ${r.medianMs.toFixed(2)} ms${r.found ? '' : ' (target not found!)'}`);
console.log(`growth per element, last vs first: ×${result.growth.toFixed(2)}`);
