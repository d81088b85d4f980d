/**
 * Reads and checks every row of the sheet (buildPreview) off the page's thread.
 * Pure work on the data it is sent: no database, no network.
 */
import { buildPreview } from '../../../../shared/io/import-rows';
import { withDisplayedNumbers } from '../state/displayed-numbers';
import type { PreviewReply, PreviewRequest } from './preview-client';

type WorkerScope = {
  postMessage: (reply: PreviewReply) => void;
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { sheet, headerRow, groupRow, mapping } = event.data;
  try {
    const shown = withDisplayedNumbers(sheet, mapping);
    const preview = buildPreview(shown, headerRow, mapping, groupRow === undefined ? {} : { groupRow });
    scope.postMessage({ type: 'done', preview });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
