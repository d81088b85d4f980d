import { useI18n } from '../../../app/i18n';
import type { FileReading } from '../file/read-spreadsheet';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

/**
 * How the file was read, for staff to check before going on: its format and,
 * for a text file, its characters and separator; and a warning when some
 * characters were not in the file's own encoding (accents to look at).
 */
export function FileReadingNote({ reading }: { reading: FileReading }) {
  const { t, tn } = useI18n();
  const parts = [t(`import.reading.format.${reading.format}`)];
  if (reading.encoding) parts.push(t(`import.reading.encoding.${reading.encoding}`));
  if (reading.delimiter) parts.push(t(`import.reading.delimiter.${DELIMITERS[reading.delimiter]}`));
  return (
    <>
      <p className="muted im-reading">{t('import.reading.readAs', { how: parts.join(' · ') })}</p>
      {reading.strayBytes !== undefined && reading.strayBytes > 0 && (
        <p className="im-warning" role="status">
          {tn('import.reading.strayBytes', reading.strayBytes)}
        </p>
      )}
    </>
  );
}
