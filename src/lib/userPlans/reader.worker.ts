// The plan reader in a Web Worker: reading a 300-page PDF takes seconds, and the page must stay
// responsive (and cancellable: the page ends the worker). Same code as the CLI, pdf.js loaded only
// when the file is a PDF.
import { makeConcepts } from '$lib/analysis/makeConcepts';
import { Concepts } from '$lib/data/contract/concepts';
import { ReaderError } from '$lib/reader/errors';
import { readPlan } from '$lib/reader/readPlan';
import { loadPdfJsInWorker } from './pdfjsBrowser';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => postMessage(message);

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // pdf.js's own messages share this port; only the page's requests are ours.
  if (!request || (request.type !== 'read' && request.type !== 'concepts')) return;
  try {
    if (request.type === 'read') {
      const result = await readPlan(new Uint8Array(request.bytes), {
        id: request.id,
        name: request.name,
        prefecture: request.prefecture,
        prefectureEn: request.prefectureEn,
        fileName: request.fileName,
        maxBytes: request.maxBytes,
        pdfjs: loadPdfJsInWorker,
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
      post({
        type: 'read',
        outcome: {
          plan: result.plan,
          source: result.source,
          format: result.format,
          ...(result.encoding ? { encoding: result.encoding } : {}),
          pages: result.pages,
          furniture: result.furniture,
        },
      });
    } else {
      const sources = new Map(request.sources ?? []);
      post({
        type: 'concepts',
        concepts: Concepts.parse(makeConcepts(request.plans, { sources })),
      });
    }
  } catch (error) {
    if (error instanceof ReaderError)
      post({ type: 'error', code: error.code, message: error.message });
    else
      post({ type: 'error', code: 'failed', message: (error as Error).message ?? String(error) });
  }
});
