import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/i18n';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets a spreadsheet be dropped anywhere on the window while the Import page is
 * open: the whole page becomes the drop zone, with a sign saying so while a
 * file is dragged over it. Keyboard users have the "Choose a file" button.
 */
export function DropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);

  useEffect(() => {
    if (disabled) return;
    // dragenter/dragleave fire for every child crossed: count them to know when the file left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overWindow = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this, the browser would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      setOver(false);
    };
  }, [onFile, disabled]);

  if (!over) return null;
  return (
    <div className="im-drop-overlay" aria-hidden="true">
      <p>{t('import.file.dropHere')}</p>
    </div>
  );
}
