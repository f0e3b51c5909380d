// Messages between the add page and the reader's worker. The worker runs the same modules as
// `npm run ingest` (src/lib/reader, the labeller, the concept builder); the page only sends bytes
// and shows what comes back.
import type { Concepts } from '$lib/data/contract/concepts';
import type { Plan } from '$lib/data/contract/plan';
import type { ReaderErrorCode } from '$lib/reader/errors';
import type { PlanFormat, ReadProgress } from '$lib/reader/limits';

export interface ReadRequest {
  type: 'read';
  bytes: ArrayBuffer;
  fileName: string;
  id: string;
  name: string;
  prefecture: string;
  prefectureEn: string;
  maxBytes: number;
}

export interface ConceptsRequest {
  type: 'concepts';
  plans: Plan[];
  /** Source file → text, so each concept member's sentence is quoted at its lines. */
  sources: [string, string][];
}

export type WorkerRequest = ReadRequest | ConceptsRequest;

export interface ReadOutcome {
  plan: Plan;
  source: { file: string; text: string };
  format: PlanFormat;
  encoding?: string;
  pages: number;
  furniture: string[];
}

export type WorkerResponse =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'read'; outcome: ReadOutcome }
  | { type: 'concepts'; concepts: Concepts }
  | { type: 'error'; code: ReaderErrorCode | 'failed'; message: string };
