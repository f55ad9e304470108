import {
  type Application,
  type ApplicationStatus,
  certificateLevels,
  educationLevels,
  employerNoteBodySchema,
  findDistrict,
  findStreet,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import { Alert, Button, Descriptions, Drawer, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApplicationStatusTag, CertificateStatusTag } from '../../../components/status-tag';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useWideScreen } from '../../../lib/use-media-query';
import { useAddNote } from '../api/add-note';
import { useApplication } from '../api/get-application';
import { useRevealContact } from '../api/reveal-contact';
import styles from './applicant-drawer.module.css';
import { ApplicationTimeline } from './application-timeline';
import { employerMoves } from './pipeline-stages';

interface ApplicantDrawerProps {
  applicationId: string | null;
  domain: string;
  onClose: () => void;
  onMove: (application: Application, to: ApplicationStatus) => void;
  disabled?: boolean;
}

/** Everything the employer may see of one applicant: the masked record, the timeline, private notes, and contact on request. */
export function ApplicantDrawer({ applicationId, domain, onClose, onMove, disabled }: ApplicantDrawerProps) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  const application = useApplication(applicationId);
  const a = application.data;
  return (
    <Drawer
      open={applicationId !== null}
      onClose={onClose}
      size={wide ? 520 : '100%'}
      // A heading, so the drawer's h3 sections sit under it (axe heading-order).
      title={
        <h2 className={styles.title}>
          {a ? (a.applicant?.maskedName ?? t('applications.card.unknown')) : t('applications.drawer.title')}
        </h2>
      }
      extra={a && <ApplicationStatusTag status={a.status} />}
      destroyOnHidden
    >
      {application.isPending ? (
        <PageLoading />
      ) : application.isError ? (
        <QueryError error={application.error} onRetry={() => void application.refetch()} />
      ) : a ? (
        <div className={styles.body}>
          <Moves application={a} onMove={onMove} disabled={disabled} />
          <Link to={`/messages?application=${a.id}`} data-testid="application-messages">
            {t('applications.drawer.messages')}
          </Link>
          {a.note && (
            <section aria-labelledby="drawer-note" className={styles.part}>
              <h3 id="drawer-note">{t('applications.drawer.note')}</h3>
              <p className={styles.pre}>{a.note}</p>
            </section>
          )}
          <ContactPart applicationId={a.id} />
          <RecordPart application={a} domain={domain} />
          <section aria-labelledby="drawer-timeline" className={styles.part}>
            <h3 id="drawer-timeline">{t('applications.drawer.timeline')}</h3>
            <ApplicationTimeline application={a} viewer="employer" />
          </section>
          <NotesPart application={a} />
        </div>
      ) : null}
    </Drawer>
  );
}

function Moves({
  application,
  onMove,
  disabled,
}: {
  application: Application;
  onMove: (application: Application, to: ApplicationStatus) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const moves = employerMoves(application.status);
  if (moves.length === 0) return <p className={styles.muted}>{t('applications.drawer.noMoves')}</p>;
  return (
    <section aria-labelledby="drawer-moves" className={styles.part}>
      <h3 id="drawer-moves">{t('applications.drawer.moves')}</h3>
      <Space wrap>
        {moves.map((to) => (
          <Button
            key={to}
            size="small"
            danger={to === 'rejected'}
            disabled={disabled}
            onClick={() => onMove(application, to)}
          >
            {t(`applications.board.moveTo.${to}`)}
          </Button>
        ))}
      </Space>
    </section>
  );
}

/** Contact is revealed on request only: the reveal is audited and the applicant can see who looked. */
function ContactPart({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const reveal = useRevealContact(applicationId);
  const errorMessage = useApiErrorMessage();
  return (
    <section aria-labelledby="drawer-contact" className={styles.part}>
      <h3 id="drawer-contact">{t('applications.drawer.contact')}</h3>
      {reveal.data ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('applications.drawer.contactName'), children: reveal.data.name },
            {
              key: 'mobile',
              label: t('applications.drawer.contactMobile'),
              children: reveal.data.mobile ?? t('common.notGiven'),
            },
            {
              key: 'email',
              label: t('applications.drawer.contactEmail'),
              children: reveal.data.email ?? t('common.notGiven'),
            },
          ]}
        />
      ) : (
        <>
          <p className={styles.muted}>{t('applications.drawer.contactNotice')}</p>
          <Button onClick={() => reveal.mutate()} loading={reveal.isPending}>
            {t('applications.drawer.reveal')}
          </Button>
          {reveal.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className={styles.alert}
              title={
                isApiError(reveal.error) && reveal.error.code === 'not_verified'
                  ? t('applications.drawer.contactNotVerified')
                  : errorMessage(reveal.error)
              }
            />
          )}
        </>
      )}
    </section>
  );
}

function RecordPart({ application, domain }: { application: Application; domain: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const p = application.applicant;
  if (!p) return null;
  const district = p.districtCode ? findDistrict(p.districtCode) : undefined;
  const street = p.streetCode ? findStreet(p.streetCode) : undefined;
  const list = (items: readonly string[]) =>
    items.length > 0 ? items.join(t('errors.listSeparator')) : t('common.none');
  return (
    <section aria-labelledby="drawer-record" className={styles.part}>
      <h3 id="drawer-record">{t('applications.drawer.record')}</h3>
      <p className={styles.muted}>{t('applications.drawer.masked')}</p>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'birth', label: t('applications.drawer.birthYear'), children: p.birthYear ?? t('common.notGiven') },
          {
            key: 'place',
            label: t('applications.drawer.place'),
            children:
              [district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ') ||
              t('common.notGiven'),
          },
          {
            key: 'mobile',
            label: t('applications.drawer.maskedMobile'),
            children: p.maskedMobile ?? t('common.notGiven'),
          },
          {
            key: 'years',
            label: t('applications.drawer.yearsInDomain', { domain: vocabulary(serviceDomains, domain) }),
            children: t('applications.drawer.years', { count: p.computed.experienceYears[domain] ?? 0 }),
          },
          {
            key: 'total',
            label: t('applications.drawer.totalYears'),
            children: t('applications.drawer.years', { count: p.computed.totalExperienceYears }),
          },
          {
            key: 'badges',
            label: t('applications.drawer.badges'),
            children: (
              <Space size={4} wrap>
                {p.computed.isTalent && <Tag color="blue">{t('profile.badges.talent')}</Tag>}
                {p.computed.isCertified && <Tag color="green">{t('profile.badges.certified')}</Tag>}
                {p.communityWorker && <Tag>{t('applications.drawer.communityWorker')}</Tag>}
                {!p.computed.isTalent && !p.computed.isCertified && !p.communityWorker && t('common.none')}
              </Space>
            ),
          },
          {
            key: 'category',
            label: t('positions.fields.talentCategory'),
            children: p.talentCategory ? vocabulary(talentCategories, p.talentCategory) : t('common.notGiven'),
          },
          {
            key: 'domains',
            label: t('applications.drawer.domains'),
            children: list(p.serviceDomains.map((d) => vocabulary(serviceDomains, d))),
          },
          { key: 'skills', label: t('applications.drawer.skills'), children: list(p.skills) },
          { key: 'languages', label: t('applications.drawer.languages'), children: list(p.languages) },
          {
            key: 'ce',
            label: t('applications.drawer.ceHours'),
            children: t('common.hours', { hours: p.continuingEducationHours }),
          },
        ]}
      />
      <h4 className={styles.subhead}>{t('applications.drawer.certificates')}</h4>
      {p.certificates.length === 0 ? (
        <p className={styles.muted}>{t('common.none')}</p>
      ) : (
        <ul className={styles.list}>
          {p.certificates.map((c) => (
            <li key={`${c.level}-${c.yearObtained}`}>
              {vocabulary(certificateLevels, c.level)} · {c.yearObtained} <CertificateStatusTag status={c.status} />
            </li>
          ))}
        </ul>
      )}
      <h4 className={styles.subhead}>{t('applications.drawer.education')}</h4>
      {p.education.length === 0 ? (
        <p className={styles.muted}>{t('common.none')}</p>
      ) : (
        <ul className={styles.list}>
          {p.education.map((e) => (
            <li key={`${e.school}-${e.graduationYear}`}>
              {vocabulary(educationLevels, e.level)} · {e.school} · {e.major} · {e.graduationYear}
            </li>
          ))}
        </ul>
      )}
      <h4 className={styles.subhead}>{t('applications.drawer.service')}</h4>
      {p.serviceHistory.length === 0 ? (
        <p className={styles.muted}>{t('common.none')}</p>
      ) : (
        <ul className={styles.list}>
          {p.serviceHistory.map((s) => (
            <li key={`${s.organisationName}-${s.from}`}>
              {s.organisationName} · {s.role} · {s.from} – {s.to ?? t('applications.drawer.present')}
              {s.confirmedByEmployer && (
                <>
                  {' '}
                  <Tag color="green">{t('applications.drawer.confirmed')}</Tag>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NotesPart({ application }: { application: Application }) {
  const { t } = useTranslation();
  const add = useAddNote(application.id);
  const notes = application.employerNotes ?? [];
  return (
    <section aria-labelledby="drawer-notes" className={styles.part}>
      <h3 id="drawer-notes">{t('applications.drawer.notes')}</h3>
      <p className={styles.muted}>{t('applications.drawer.notesPrivate')}</p>
      {notes.length > 0 && (
        <ul className={styles.notes}>
          {[...notes].reverse().map((note) => (
            <li key={`${note.at}-${note.by}-${note.text.length}`}>
              <p className={styles.pre}>{note.text}</p>
              <span className={styles.muted}>
                {note.by} · {formatDateTime(note.at)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Form
        schema={employerNoteBodySchema}
        defaultValues={{ text: '' }}
        submitLabel={t('applications.drawer.addNote')}
        aria-label={t('applications.drawer.addNote')}
        onSubmit={async ({ text }) => {
          await add.mutateAsync(text);
          return { text: '' };
        }}
      >
        {({ control }) => (
          <FormField control={control} name="text" label={t('applications.drawer.noteText')} hideLabel>
            {(binding) => <Input.TextArea {...textInput(binding)} rows={3} maxLength={2000} showCount />}
          </FormField>
        )}
      </Form>
    </section>
  );
}
