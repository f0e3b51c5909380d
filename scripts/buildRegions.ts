// npm run build:regions — writes static/data/municipalities.json and static/data/regions.json
// from ../shared/research/partnerships.json (override with a path argument), parsing both with
// the app's schemas before writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { Municipalities, Regions } from '../src/lib/data/schemas';
import { buildRegions } from './regions/build';
import { Research } from './regions/research';

const DATA = resolve('static/data');
const researchPath = resolve(process.argv[2] ?? '../shared/research/partnerships.json');
const research = Research.parse(JSON.parse(readFileSync(researchPath, 'utf8')));
const { municipalities, regions } = buildRegions(research, (file) =>
  readFileSync(join(DATA, file), 'utf8'),
);

const write = <T>(file: string, schema: z.ZodMiniType<T>, value: T) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  writeFileSync(join(DATA, file), JSON.stringify(parsed.data, null, 1) + '\n');
};
write('municipalities.json', Municipalities, municipalities);
write('regions.json', Regions, regions);
console.log(
  `municipalities: ${municipalities.length}, frameworks: ${regions.frameworks.length}, omitted: ${regions.omitted?.length ?? 0}`,
);
