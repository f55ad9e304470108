import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { type Application, type ApplicationStatus, certificateLevels, findDistrict } from '@shsw/shared';
import { Button } from 'antd';
import { type DragEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApplicationStatusTag } from '../../../components/status-tag';
import { formatDate, formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import styles from './applicant-card.module.css';
import { closedStatuses, employerMoves, nextStepOf } from './pipeline-stages';

interface ApplicantCardProps {
  application: Application;
  /** The position's primary domain: years in it are what the employer asked for. */
  domain: string;
  onOpen: () => void;
  onMove: (to: ApplicationStatus) => void;
  /** Set on the wide board, where cards can be dragged between columns. */
  draggable?: boolean;
  onDragStart?: (event: DragEvent<HTMLElement>) => void;
  onDragEnd?: () => void;
  dragging?: boolean;
  disabled?: boolean;
}

/** The masked summary an employer decides on: name, certificate, years in the domain, district. */
export function ApplicantSummary({ application, domain }: { application: Application; domain: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const person = application.applicant;
  if (!person) return null;
  const years = person.computed.experienceYears[domain] ?? 0;
  const district = person.districtCode ? findDistrict(person.districtCode) : undefined;
  return (
    <ul className={styles.facts}>
      <li>
        {person.computed.highestCertificate
          ? vocabulary(certificateLevels, person.computed.highestCertificate)
          : t('applications.card.noCertificate')}
      </li>
      <li>{t('applications.card.years', { count: years })}</li>
      <li>{district ? label(district.label) : t('applications.card.noDistrict')}</li>
    </ul>
  );
}

/** One applicant on the board: open for details, the usual next step, or any allowed step from the menu. */
export function ApplicantCard(props: ApplicantCardProps) {
  const { application: a, domain, onOpen, onMove } = props;
  const { t } = useTranslation();
  const moves = employerMoves(a.status);
  const next = nextStepOf(a.status);
  const name = a.applicant?.maskedName ?? t('applications.card.unknown');
  return (
    <article
      className={props.dragging ? `${styles.card} ${styles.dragging}` : styles.card}
      draggable={props.draggable && moves.length > 0}
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
      aria-label={t('applications.card.label', { name, status: t(`status.application.${a.status}`) })}
      data-testid="applicant-card"
      data-application-id={a.id}
    >
      <div className={styles.head}>
        <button type="button" className={styles.name} onClick={onOpen} aria-haspopup="dialog">
          {name}
        </button>
        {closedStatuses.includes(a.status) && <ApplicationStatusTag status={a.status} />}
      </div>
      <ApplicantSummary application={a} domain={domain} />
      <p className={styles.date}>{t('applications.card.appliedAt', { date: formatDate(a.createdAt) })}</p>
      {a.status === 'interview' && a.interview && (
        <p className={styles.interview}>{t('applications.card.interviewAt', { at: formatDateTime(a.interview.at) })}</p>
      )}
      {moves.length > 0 && (
        <div className={styles.actions}>
          {next && (
            <Button size="small" type="primary" ghost disabled={props.disabled} onClick={() => onMove(next)}>
              {t(`applications.board.moveTo.${next}`)}
            </Button>
          )}
          <MoveMenu moves={moves} name={name} disabled={props.disabled} onMove={onMove} />
        </div>
      )}
    </article>
  );
}

/**
 * "Move to…" as a disclosure of plain buttons inside the card (not a floating menu): Tab and
 * Enter work as everywhere else, Escape closes it and returns to the toggle.
 */
function MoveMenu({
  moves,
  name,
  disabled,
  onMove,
}: {
  moves: readonly ApplicationStatus[];
  name: string;
  disabled?: boolean;
  onMove: (to: ApplicationStatus) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <Button
        ref={toggle}
        size="small"
        disabled={disabled}
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('applications.board.moreMovesFor', { name })}
        onClick={() => setOpen((was) => !was)}
      >
        {t('applications.board.moreMoves')} {open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
      </Button>
      {open && (
        <ul
          id={listId}
          ref={list}
          className={styles.moveList}
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key === 'Escape') close();
          }}
        >
          {moves.map((to) => (
            <li key={to}>
              <Button
                size="small"
                type="text"
                block
                danger={to === 'rejected'}
                disabled={disabled}
                onClick={() => {
                  // Focus goes back to the toggle first, so a dialog that opens next returns there when cancelled.
                  close();
                  onMove(to);
                }}
              >
                {t(`applications.board.moveTo.${to}`)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
