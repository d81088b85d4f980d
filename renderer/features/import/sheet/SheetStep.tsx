import { useI18n } from '../../../app/i18n';
import { messageText } from '../messages';
import type { WizardState } from '../state/wizard-state';
import { FileReadingNote } from './FileReadingNote';
import { HeaderPreview, PREVIEW_ROWS } from './HeaderPreview';

type Props = {
  state: WizardState;
  onSheet: (index: number) => void;
  onHeaderRow: (row: number) => void;
};

/**
 * Step two: which sheet to import (with its number of rows), and which row
 * names the columns: the detected one is shown highlighted in the first rows
 * of the sheet, the rows above it marked as skipped with the reasons, and
 * staff can choose another row.
 */
export function SheetStep({ state, onSheet, onHeaderRow }: Props) {
  const { t, tn, lang } = useI18n();
  const summary = state.sheets[state.sheetIndex];
  const { sheet } = state;
  if (!summary) return null;
  const headerRow = state.setup?.headerRow ?? -1;
  const choices = Array.from({ length: Math.min(sheet?.rows.length ?? 0, PREVIEW_ROWS) }, (_, r) => r);
  return (
    <div className="im-sheet">
      {state.sheets.length > 1 && (
        <fieldset className="im-choice">
          <legend>{t('import.sheet.chooseSheet')}</legend>
          {state.sheets.map((s, index) => (
            <label key={index} className="im-radio">
              <input type="radio" name="im-sheet" checked={index === state.sheetIndex} onChange={() => onSheet(index)} />
              <span>
                {s.name} <span className="muted">({tn('import.sheet.rows', s.rowCount)}{s.hidden && `, ${t('import.sheet.hidden')}`})</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {state.sheets.length === 1 && (
        <p>
          {t('import.sheet.onlySheet', { name: summary.name })} <span className="muted">({tn('import.sheet.rows', summary.rowCount)})</span>
        </p>
      )}
      {state.reading && <FileReadingNote reading={state.reading} />}
      {!sheet && (
        <p className="im-busy" role="status">
          {t('import.sheet.reading')}
        </p>
      )}
      {state.detection && (
        <ul className="im-reasons">
          {state.detection.reasons.map((reason, i) => (
            <li key={i}>{messageText(reason, lang)}</li>
          ))}
          {state.detection.headerRow >= 0 && headerRow === state.detection.headerRow && (
            <li>{t(`import.sheet.confidence.${state.detection.confidence}`)}</li>
          )}
        </ul>
      )}
      {choices.length > 0 && (
        <div className="en-field im-header-choice">
          <label htmlFor="im-header-row">{t('import.sheet.headerRow')}</label>
          <select id="im-header-row" value={headerRow} onChange={(e) => onHeaderRow(Number(e.target.value))}>
            {choices.map((r) => (
              <option key={r} value={r}>
                {t('import.sheet.rowNumber', { row: r + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      {sheet && <HeaderPreview sheet={sheet} headerRow={headerRow} groupRow={state.setup?.groupRow} />}
    </div>
  );
}
