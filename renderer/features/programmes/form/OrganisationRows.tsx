import { memo } from 'react';
import { findOrganisation, type PartnerDraft } from '../../../../shared/domain/programme-draft';
import { PARTNER_ROLES, type Organisation, type PartnerRole } from '../../../../shared/domain/types';
import { useI18n } from '../../../app/i18n';
import { FieldNotes, describedBy, fieldDomId, useFormKit } from './form-kit';

/** The datalist every organisation box offers: each organisation once, by name. */
export function OrganisationList() {
  const { organisations } = useFormKit();
  return <OrganisationOptions organisations={organisations} />;
}

const OrganisationOptions = memo(function OrganisationOptions({ organisations }: { organisations: readonly Organisation[] }) {
  return (
    <datalist id="pf-organisations">
      {organisations.map((o) => (
        <option key={o.id} value={o.name}>
          {o.shortName && o.shortName !== o.name ? o.shortName : undefined}
        </option>
      ))}
    </datalist>
  );
});

let nextRow = 1;
/** A key for a new partner row, unique for the session. */
export function newRowKey(): string {
  nextRow += 1;
  return `new${nextRow}`;
}

/**
 * Rows of organisations with a role: the hosts (`roles` = ['host'], no role
 * picker) or the other partners and sponsors. A name that matches no
 * organisation is announced as one that will be created on save.
 */
export function OrganisationRows({ roles, label, addLabel }: { roles: readonly PartnerRole[]; label: (n: number) => string; addLabel: string }) {
  const { t } = useI18n();
  const { draft, update, errorOf, organisations } = useFormKit();
  const rows = draft.partners.filter((p) => roles.includes(p.role));
  const change = (key: string, patch: Partial<PartnerDraft>) =>
    update({ partners: draft.partners.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  const remove = (key: string) => update({ partners: draft.partners.filter((p) => p.key !== key) });
  const add = () => update({ partners: [...draft.partners, { key: newRowKey(), name: '', role: roles[0] ?? 'partner' }] });

  return (
    <div className="pf-rows">
      {rows.length > 0 && (
        <ul className="pf-row-list">
          {rows.map((row, i) => {
            const id = fieldDomId(`partner:${row.key}`);
            const error = errorOf(`partner:${row.key}`);
            const name = row.name.trim();
            const isNew = name !== '' && !findOrganisation(name, organisations);
            const note = isNew ? t('programmes.form.newOrganisation', { name }) : undefined;
            return (
              <li key={row.key} className={`pf-row${error ? ' pf-invalid' : ''}`}>
                <div className="pf-field pf-grow">
                  <label htmlFor={id}>{label(i + 1)}</label>
                  <input
                    {...describedBy(id, Boolean(note), error)}
                    type="text"
                    list="pf-organisations"
                    autoComplete="off"
                    value={row.name}
                    onChange={(e) => change(row.key, { name: e.target.value })}
                  />
                  <FieldNotes id={id} hint={note} error={error} />
                </div>
                {roles.length > 1 && (
                  <div className="pf-field">
                    <label htmlFor={`${id}-role`}>{t('programmes.form.partnerRole', { number: i + 1 })}</label>
                    <select
                      id={`${id}-role`}
                      value={row.role}
                      onChange={(e) => change(row.key, { role: e.target.value as PartnerRole })}
                    >
                      {PARTNER_ROLES.filter((r) => roles.includes(r)).map((r) => (
                        <option key={r} value={r}>
                          {t(`programmes.roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                <button
                  type="button"
                  className="pf-remove"
                  aria-label={t('programmes.form.removeRow', { name: name || label(i + 1) })}
                  onClick={() => remove(row.key)}
                >
                  {t('programmes.form.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="pf-add" onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}
