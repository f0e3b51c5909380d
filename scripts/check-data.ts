// npm run check:data [-- <data dir>]: checks the public data files against the contract
// (docs/data-contract.md). Prints one line per problem — the file, the path inside it, what is
// wrong — then a summary, and exits 1 when there is any problem. Without an argument it checks the
// project's static/data; a path is read from the folder the command was typed in.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkData, formatProblem } from './contract/checkData';
import { folder } from './contract/folder';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv[2];
const root = arg
  ? resolve(process.env.INIT_CWD ?? process.cwd(), arg)
  : resolve(project, 'static/data');
const { problems, counts } = checkData(folder(root));
for (const p of problems) console.log(formatProblem(p));
console.log(
  `${root}: ${counts.plans} plans, ${counts.items} items, ${counts.concepts} shared concepts, ` +
    `${counts.unique} unique approaches, ${counts.municipalities} municipalities, ` +
    `${counts.frameworks} frameworks checked; ${problems.length} problems`,
);
process.exitCode = problems.length ? 1 : 0;
