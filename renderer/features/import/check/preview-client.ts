import type { ColumnMapping } from '../../../../shared/io/import-mapping';
import type { Preview } from '../../../../shared/io/import-rows';
import type { SheetWithDisplay } from '../state/displayed-numbers';

/** What the preview worker is asked: read and check every row of `sheet` under the header. */
export type PreviewRequest = { sheet: SheetWithDisplay; headerRow: number; groupRow?: number; mapping: ColumnMapping[] };
export type PreviewReply = { type: 'done'; preview: Preview } | { type: 'failed'; message: string };

let worker: Worker | null = null;

/**
 * Builds the preview (buildPreview) in a worker: 50,000 rows take about a
 * second to read and check, and the page must stay usable meanwhile. A
 * preview still being built is abandoned for the new one.
 */
export function buildPreviewOffThread(request: PreviewRequest): Promise<Preview> {
  stopPreview();
  const next = new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module' });
  worker = next;
  return new Promise((resolve, reject) => {
    next.onmessage = (event: MessageEvent<PreviewReply>) => {
      if (worker === next) stopPreview();
      if (event.data.type === 'done') resolve(event.data.preview);
      else reject(new Error(event.data.message));
    };
    next.onerror = (event) => {
      event.preventDefault();
      if (worker === next) stopPreview();
      reject(new Error(event.message || 'The preview worker could not start.'));
    };
    next.postMessage(request);
  });
}

/** Stops a preview being built (its promise never settles). */
export function stopPreview(): void {
  worker?.terminate();
  worker = null;
}
