import { useState, type FormEvent } from 'react';
import type { CompletionRule } from '../../../shared/domain/attendance';
import type { Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { writeCompletionRule } from './completion-rule';

const EXCUSED: readonly CompletionRule['excusedCounts'][] = ['absent', 'present', 'ignored'];

/** The programme's completion rule: the share of sessions to attend, and how an excused absence counts. */
export function CompletionRuleForm({ programme, rule }: { programme: Programme; rule: CompletionRule }) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const [share, setShare] = useState(String(Math.round(rule.minimumShare * 100)));
  const [excused, setExcused] = useState(rule.excusedCounts);
  const [error, setError] = useState('');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(share.trim());
    if (share.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
      setError(t('enrolments.completion.shareInvalid', { value: share.trim() }));
      document.getElementById('en-rule-share')?.focus();
      return;
    }
    setError('');
    try {
      await writeCompletionRule(getDatabase(), programme.id, { minimumShare: value / 100, excusedCounts: excused });
      notices.show({ tone: 'success', text: t('enrolments.notices.ruleSaved') });
    } catch (err) {
      notices.show({ tone: 'error', text: describeError(err, lang) });
    }
  };

  return (
    <form className="en-rule" onSubmit={save} noValidate aria-labelledby="en-rule-heading">
      <h4 id="en-rule-heading">{t('enrolments.completion.rule')}</h4>
      <div className="en-field">
        <label htmlFor="en-rule-share">{t('enrolments.completion.share')}</label>
        <input
          id="en-rule-share"
          type="text"
          inputMode="numeric"
          size={4}
          value={share}
          aria-invalid={error !== ''}
          aria-describedby={error ? 'en-rule-share-error' : undefined}
          onChange={(e) => setShare(e.target.value)}
        />
        {error && (
          <p id="en-rule-share-error" className="en-error">
            {error}
          </p>
        )}
      </div>
      <div className="en-field">
        <label htmlFor="en-rule-excused">{t('enrolments.completion.excused')}</label>
        <select id="en-rule-excused" value={excused} onChange={(e) => setExcused(EXCUSED.find((x) => x === e.target.value) ?? 'absent')}>
          {EXCUSED.map((x) => (
            <option key={x} value={x}>
              {t(`enrolments.completion.excusedAs.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t('enrolments.completion.saveRule')}</button>
    </form>
  );
}
