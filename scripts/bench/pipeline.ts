// The four plans end to end: sources + curation → extracted, labelled, validated plans, index and
// concepts, all in memory (generateData writes nothing). Prints one JSON line for bench.ts.
import { generateData } from '../build-data';

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const files = generateData();
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    files: files.size,
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  }),
);
