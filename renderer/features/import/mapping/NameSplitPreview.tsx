import { useI18n } from '../../../app/i18n';
import type { ColumnMapping } from '../../../../shared/io/import-mapping';
import { splitFullName } from '../../../../shared/io/import-names';
import { cellText, normaliseCountry } from '../../../../shared/io/import-normalise';
import type { Cell } from '../../../../shared/io/sheet-types';

/** Names shown as examples of the split. */
const EXAMPLES = 5;

/**
 * How the full-name column will be cut into given and family names, on a few
 * of the file's own names (with the row's country as a hint, as the import
 * does), so staff can see a wrong cut before it is stored.
 */
export function NameSplitPreview({ samples, columns, mapping }: { samples: readonly (readonly Cell[])[]; columns: readonly number[]; mapping: readonly ColumnMapping[] }) {
  const { t } = useI18n();
  const countryColumn = mapping.find((m) => m.field === 'country')?.column;
  const splits = samples
    .map((row) => {
      const text = columns.map((c) => cellText(row[c] ?? null)).filter((s) => s !== '').join(' ');
      const country = countryColumn === undefined ? undefined : normaliseCountry(row[countryColumn] ?? null).value;
      return { text, split: splitFullName(text, country) };
    })
    .filter((s) => s.text !== '')
    .slice(0, EXAMPLES);
  if (splits.length === 0) return null;
  return (
    <section className="im-split" aria-labelledby="im-split-heading">
      <h3 id="im-split-heading">{t('import.mapping.splitHeading')}</h3>
      <p className="muted">{t('import.mapping.splitHint')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.splitInFile')}</th>
              <th scope="col">{t('import.fields.givenName')}</th>
              <th scope="col">{t('import.fields.familyName')}</th>
            </tr>
          </thead>
          <tbody>
            {splits.map(({ text, split }, i) => (
              <tr key={i}>
                <th scope="row">{text}</th>
                <td>{split.givenName}</td>
                <td>{split.familyName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
