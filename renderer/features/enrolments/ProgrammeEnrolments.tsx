import { useState } from 'react';
import type { Id, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { AttendancePanel } from './AttendancePanel';
import { EnrolmentPanel } from './EnrolmentPanel';
import { useEnrolmentData } from './queries';
import { Tabs } from './Tabs';
import './enrolments.css';

type TabId = 'people' | 'attendance';

// The tab stays as it was while staff move between programmes and come back.
const rememberedTab = new Map<Id, TabId>();

/**
 * A programme's people: who is enrolled and in what role, selection against
 * quotas with the waiting list, and attendance session by session with who
 * completed. Shown on the programme page, after the timetable.
 */
export function ProgrammeEnrolments({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const data = useEnrolmentData(programme.id);
  const [tab, setTabState] = useState<TabId>(() => rememberedTab.get(programme.id) ?? 'people');
  const setTab = (next: TabId) => {
    rememberedTab.set(programme.id, next);
    setTabState(next);
  };
  return (
    <section className="en" aria-labelledby="en-heading">
      <h2 id="en-heading">{t('enrolments.heading')}</h2>
      {!data ? (
        <p className="loading">{t('enrolments.loading')}</p>
      ) : (
        <Tabs
          idPrefix="en"
          label={t('enrolments.tabs.label')}
          tabs={[
            { id: 'people', label: t('enrolments.tabs.people') },
            { id: 'attendance', label: t('enrolments.tabs.attendance') },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {tab === 'people' ? <EnrolmentPanel programme={programme} data={data} /> : <AttendancePanel programme={programme} data={data} />}
        </Tabs>
      )}
    </section>
  );
}
