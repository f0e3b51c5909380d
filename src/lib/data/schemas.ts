// The public data contract (docs/data-contract.md): one schema per file under static/data/.
// The build scripts parse with these before writing and the app parses with them after fetching,
// so the type of every record is `z.infer` of its schema and nowhere else.
// Each file's schema lives in its own module under contract/, so a page's code carries only the
// schemas of the files it reads; this module gathers them for the build scripts and for types.
import * as z from 'zod/mini';
import { issueMessage } from './issueMessage';

// The build scripts and tests read problems in our short messages. The app does not set them
// globally: its loader formats a problem only when a file fails (load.ts → schemaProblem.ts).
z.config({ localeError: issueMessage });

export * from './contract/common';
export * from './contract/planFacts';
export * from './contract/plan';
export * from './contract/planIndex';
export * from './contract/taxonomy';
export * from './contract/evaluation';
export * from './contract/concepts';
export * from './contract/regions';
export * from './contract/geo';
