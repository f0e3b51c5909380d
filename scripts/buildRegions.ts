// npm run build:regions — writes static/data/municipalities.json and static/data/regions.json
// from the project's research file data/research/partnerships.json (override with a path
// argument, read from the folder the command was typed in), parsing both with the app's schemas
// before writing.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { Municipalities, Regions } from '../src/lib/data/schemas';
import { buildRegions } from './regions/build';
import { Research } from './regions/research';
import { writeDataFiles } from './write/writeDataFiles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'static/data');
const RESEARCH = join(ROOT, 'data/research/partnerships.json');
const researchPath = process.argv[2]
  ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
  : RESEARCH;
const research = Research.parse(JSON.parse(readFileSync(researchPath, 'utf8')));
const { municipalities, regions } = buildRegions(research, (file) =>
  readFileSync(join(DATA, file), 'utf8'),
);

const toJson = <T>(file: string, schema: z.ZodMiniType<T>, value: T) => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return JSON.stringify(parsed.data, null, 1) + '\n';
};
// Both files or neither: a reader never sees members without their municipalities.
writeDataFiles(
  DATA,
  new Map([
    [
      join(DATA, 'municipalities.json'),
      toJson('municipalities.json', Municipalities, municipalities),
    ],
    [join(DATA, 'regions.json'), toJson('regions.json', Regions, regions)],
  ]),
);
console.log(
  `municipalities: ${municipalities.length}, frameworks: ${regions.frameworks.length}, omitted: ${regions.omitted?.length ?? 0}`,
);
