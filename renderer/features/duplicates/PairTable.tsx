import { useMemo } from 'react';
import type { DuplicateCandidate } from '../../../shared/domain/person-matching';
import { personName } from '../../../shared/domain/person-rules';
import type { Id, Organisation, Person } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { countryName } from '../../app/labels';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { setDismissed } from './dismissed';
import { pairHash } from './pair-route';
import { usePeople } from './pair-data';
import { Pager } from './Pager';
import { pairKey, reasonsInWords, type PageRange } from './view-model';

/** One page of pairs: both people, why they may be one, the score, Compare and "Not a duplicate". */
export function PairTable({
  rows,
  range,
  onPage,
}: {
  rows: readonly DuplicateCandidate[];
  range: PageRange;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const ids = useMemo(() => rows.flatMap((c) => [c.a, c.b]), [rows]);
  const loaded = usePeople(ids);
  return (
    <section className="dup-results">
      <p className="muted dup-range">{t('duplicates.list.range', { from: range.from, to: range.to, total: range.total })}</p>
      <div className="table-wrap">
        <table className="dup-table">
          <caption className="visually-hidden">{t('duplicates.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                <abbr title={t('duplicates.list.scoreHelp')}>{t('duplicates.list.score')}</abbr>
              </th>
              <th scope="col">{t('duplicates.list.record1')}</th>
              <th scope="col">{t('duplicates.list.record2')}</th>
              <th scope="col">{t('duplicates.list.reasons')}</th>
              <th scope="col">{t('duplicates.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded &&
              rows.map((c) => (
                <PairRow key={pairKey(c.a, c.b)} candidate={c} people={loaded.people} organisations={loaded.organisations} />
              ))}
          </tbody>
        </table>
      </div>
      <Pager page={range.page} pages={range.pages} onPage={onPage} />
    </section>
  );
}

/** An address that may wrap only before its @ and its dots, never mid-word. */
function Email({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/);
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}

function PairRow({
  candidate,
  people,
  organisations,
}: {
  candidate: DuplicateCandidate;
  people: ReadonlyMap<Id, Person>;
  organisations: ReadonlyMap<Id, Organisation>;
}) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const a = people.get(candidate.a);
  const b = people.get(candidate.b);
  const nameOf = (p: Person | undefined) => (p ? personName(p) || t('duplicates.noName') : t('duplicates.list.gone'));
  const names = { first: nameOf(a), second: nameOf(b) };

  const dismiss = async () => {
    const db = getDatabase();
    const key = pairKey(candidate.a, candidate.b);
    try {
      await setDismissed(db, key, true);
      notices.show({
        tone: 'success',
        text: t('duplicates.list.dismissed', names),
        action: {
          label: t('common.undo'),
          run: async () => {
            try {
              await setDismissed(db, key, false);
              notices.show({ tone: 'info', text: t('duplicates.list.restored') });
            } catch (error) {
              notices.show({ tone: 'error', text: describeError(error, lang) });
            }
          },
        },
      });
    } catch (error) {
      notices.show({ tone: 'error', text: describeError(error, lang) });
    }
  };

  const cell = (p: Person | undefined) => {
    if (!p) return <td className="muted">{t('duplicates.list.gone')}</td>;
    const where = (p.organisationId ? organisations.get(p.organisationId)?.name : undefined) ?? p.institution;
    const country = p.country ? countryName(p.country, lang) : undefined;
    // Names and institutions in any script: <bdi> keeps an Arabic or Hebrew one from reordering its neighbours.
    const details = [country, where].filter((d): d is string => Boolean(d));
    return (
      <td>
        <span className="dup-name">
          <bdi>{nameOf(p)}</bdi>
        </span>
        {p.emails.map((email) => (
          <span key={email} className="dup-detail dup-email">
            <Email address={email} />
          </span>
        ))}
        {details.length > 0 && (
          <span className="dup-detail">
            {details.map((d, i) => (
              <span key={d}>
                {i > 0 && ' · '}
                <bdi>{d}</bdi>
              </span>
            ))}
          </span>
        )}
      </td>
    );
  };

  return (
    <tr className={a && b ? undefined : 'dup-gone'}>
      <td className="num dup-score">{candidate.score}</td>
      {cell(a)}
      {cell(b)}
      <td>
        <ul className="dup-reasons">
          {reasonsInWords(candidate.reasons, t).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </td>
      <td>
        {a && b && (
          <div className="dup-actions">
            <a className="button" href={pairHash(a.id, b.id)} aria-label={t('duplicates.list.compareLabel', names)}>
              {t('duplicates.list.compare')}
            </a>
            <button type="button" onClick={() => void dismiss()} aria-label={t('duplicates.list.dismissLabel', names)}>
              {t('duplicates.list.dismiss')}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
