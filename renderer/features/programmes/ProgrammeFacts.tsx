import { useMemo, useState, type ReactNode } from 'react';
import { formatDateRange } from '../../../shared/domain/dates';
import { isHttpUrl } from '../../../shared/domain/programme-rules';
import { shareableLink } from '../../../shared/domain/meeting-links';
import type { OnlineMeeting, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { kindLabel, pickText, regionLabel } from '../../app/labels';
import { countryLabel, formatNumber, languageName, zoneOffset } from './intl';
import { useOrganisations } from './queries';

function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'pp-fact pp-fact-wide' : 'pp-fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The key facts of a programme, as a description list. */
export function ProgrammeFacts({ programme: p }: { programme: Programme }) {
  const { t, tn, lang } = useI18n();
  const organisations = useOrganisations();
  const byId = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const names = (tags: string[]) => (tags.length ? tags.map((tag) => languageName(tag, lang)).join(', ') : t('programmes.page.none'));
  const hosts = p.partners.filter((x) => x.role === 'host');
  const others = p.partners.filter((x) => x.role !== 'host');
  const orgName = (id: string) => byId.get(id)?.name ?? '…';
  const description = pickText(p.description, lang);
  return (
    <>
      <dl className="pp-facts">
        <Fact label={t('programmes.page.kind')}>{t(kindLabel(p.kind))}</Fact>
        <Fact label={t('programmes.page.region')}>{t(regionLabel(p.region))}</Fact>
        <Fact label={t('programmes.page.dates')}>{formatDateRange(p.startDate, p.endDate, lang)}</Fact>
        <Fact label={t('programmes.page.timeZone')}>
          {p.timeZone} <span className="muted">({t('programmes.page.zoneNow', { offset: zoneOffset(p.timeZone) })})</span>
        </Fact>
        {p.venue.mode !== 'online' && (
          <Fact label={t('programmes.page.venue')}>
            {p.venue.city}, {countryLabel(p.venue.country, lang)}
            {p.venue.address && <span className="pp-address">{p.venue.address}</span>}
          </Fact>
        )}
        {hosts.length > 0 && (
          <Fact label={t('programmes.page.hosts')}>
            <ul className="pp-list">
              {hosts.map((h) => (
                <li key={h.organisationId}>{orgName(h.organisationId)}</li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact label={t('programmes.page.languages')}>{names(p.workingLanguages)}</Fact>
        <Fact label={t('programmes.page.interpretation')}>{names(p.interpretation)}</Fact>
        <Fact label={t('programmes.page.capacity')}>
          {p.capacity === undefined ? t('programmes.page.notSet') : tn('programmes.page.places', p.capacity)}
        </Fact>
        <Fact label={t('programmes.page.grantsTarget')}>
          {p.grantsTarget
            ? t('programmes.page.grantsRange', { min: formatNumber(p.grantsTarget.min, lang), max: formatNumber(p.grantsTarget.max, lang) })
            : t('programmes.page.notSet')}
        </Fact>
        <Fact label={t('programmes.page.partners')} wide>
          {others.length === 0 ? (
            t('programmes.page.none')
          ) : (
            <ul className="pp-list">
              {others.map((x) => (
                <li key={`${x.organisationId}-${x.role}`}>
                  {orgName(x.organisationId)} <span className="muted">— {t(`programmes.roles.${x.role}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      {p.venue.mode !== 'in-person' && <MeetingFacts meeting={p.venue.meeting} />}
      {description && (
        <>
          <h2>{t('programmes.page.description')}</h2>
          <p className="pp-description">{description}</p>
        </>
      )}
    </>
  );
}

/** The online meeting; the passcode stays hidden until asked for. */
function MeetingFacts({ meeting }: { meeting: OnlineMeeting }) {
  const { t } = useI18n();
  const [show, setShow] = useState(false);
  return (
    <section aria-labelledby="pp-meeting">
      <h2 id="pp-meeting">{t('programmes.page.online')}</h2>
      <dl className="pp-facts">
        <Fact label={t('programmes.page.platform')}>{meeting.platform ?? t('programmes.page.notSet')}</Fact>
        <Fact label={t('programmes.page.link')}>
          {meeting.link && isHttpUrl(meeting.link) ? (
            <a href={shareableLink(meeting.link, show)} target="_blank" rel="noopener noreferrer" className="pp-link">
              {/* The link's own passcode (Zoom's ?pwd=) stays hidden with the passcode. */}
              {shareableLink(meeting.link, show)}
            </a>
          ) : (
            (meeting.link ?? t('programmes.page.notSet'))
          )}
        </Fact>
        <Fact label={t('programmes.page.meetingId')}>{meeting.meetingId ?? t('programmes.page.notSet')}</Fact>
        <Fact label={t('programmes.page.passcode')}>
          {meeting.passcode === undefined ? (
            t('programmes.page.notSet')
          ) : (
            <span className="pf-inline">
              {show ? <code id="pp-passcode">{meeting.passcode}</code> : <span aria-hidden="true">••••••</span>}
              <button type="button" onClick={() => setShow((s) => !s)}>
                {show ? t('programmes.page.hidePasscode') : t('programmes.page.showPasscode')}
              </button>
            </span>
          )}
        </Fact>
      </dl>
    </section>
  );
}
