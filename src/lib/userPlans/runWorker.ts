// One job on a fresh reader worker: the worker ends with the job, and an abort ends it at once
// (pdf.js cannot be interrupted inside a page any other way).
import type { ReadProgress } from '$lib/reader/limits';
import type { WorkerRequest, WorkerResponse } from './protocol';

const ANSWERS = new Set<string>(['progress', 'read', 'concepts', 'error']);

export class WorkerJobError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'WorkerJobError';
    this.code = code;
  }
}

export function runWorker<T extends WorkerResponse['type']>(
  request: WorkerRequest,
  expect: T,
  options: {
    onProgress?: (p: ReadProgress) => void;
    signal?: AbortSignal;
    transfer?: Transferable[];
  } = {},
): Promise<Extract<WorkerResponse, { type: T }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
    const end = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(new WorkerJobError('cancelled', 'cancelled'));
    };
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener('abort', abort);
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      // pdf.js, loaded into the worker's thread, announces itself on the same port: only this
      // protocol's answers count.
      if (!message || typeof message !== 'object' || !ANSWERS.has(message.type)) return;
      if (message.type === 'progress') return options.onProgress?.(message.progress);
      end();
      if (message.type === 'error') reject(new WorkerJobError(message.code, message.message));
      else if (message.type === expect) resolve(message as Extract<WorkerResponse, { type: T }>);
      else reject(new WorkerJobError('failed', `unexpected answer ${message.type}`));
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new WorkerJobError('failed', event.message || 'the reader stopped'));
    });
    worker.postMessage(request, options.transfer ?? []);
  });
}
