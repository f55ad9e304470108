import type { Application, ApplicationStatus } from '@shsw/shared';
import { Alert, Select } from 'antd';
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useMediaQuery } from '../../../lib/use-media-query';
import { usePositionApplications } from '../api/get-position-applications';
import { useEmployerMove } from '../hooks/use-employer-move';
import { ApplicantCard } from './applicant-card';
import { ApplicantDrawer } from './applicant-drawer';
import { MoveDialog } from './move-dialog';
import styles from './pipeline-board.module.css';
import { type Column, canDrop, columnOf, columns, targetOf } from './pipeline-stages';

/** The steps that open a dialog (see `needsDialog`). */
type DialogStep = 'interview' | 'offered' | 'hired' | 'rejected';

interface PipelineBoardProps {
  positionId: string;
  /** The position's primary domain, for "years in the domain" on each card. */
  domain: string;
}

/**
 * The hiring pipeline of one position. On wide screens, a column per stage with cards that can be
 * dragged to any stage the rules allow; everywhere, each card's button and menu (and the drawer)
 * make the same moves from the keyboard. On phones, a stage selector and that stage's list.
 */
export function PipelineBoard({ positionId, domain }: PipelineBoardProps) {
  const { t } = useTranslation();
  const applications = usePositionApplications(positionId);
  const mover = useEmployerMove();
  const wide = useMediaQuery('(min-width: 992px)');
  const [openId, setOpenId] = useState<string | null>(null);
  const drawerOpen = useRef(false);
  drawerOpen.current = openId !== null;
  const [dragged, setDragged] = useState<Application | null>(null);
  const [over, setOver] = useState<Column | null>(null);
  const [chosenColumn, setPhoneColumn] = useState<Column | null>(null);

  const byColumn = useMemo(() => {
    const grouped = new Map<Column, Application[]>(columns.map((c) => [c, []]));
    for (const a of applications.data?.items ?? []) grouped.get(columnOf(a.status))?.push(a);
    return grouped;
  }, [applications.data]);

  // A moved card is drawn anew in its new column: keyboard focus follows it there.
  useEffect(() => {
    if (!mover.moved || drawerOpen.current) return; // in the drawer, focus stays in the drawer
    const frame = requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-application-id="${mover.moved?.id}"] button`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [mover.moved]);

  // On phones, start at the first stage that has anyone in it.
  const phoneColumn = chosenColumn ?? columns.find((c) => (byColumn.get(c)?.length ?? 0) > 0) ?? 'submitted';

  if (applications.isPending) return <PageLoading />;
  if (applications.isError)
    return <QueryError error={applications.error} onRetry={() => void applications.refetch()} />;

  const dialogTo = mover.dialog?.to ?? null;
  const dialogName = mover.dialog?.application.applicant?.maskedName ?? '';
  const card = (a: Application) => (
    <li key={a.id}>
      <ApplicantCard
        application={a}
        domain={domain}
        onOpen={() => setOpenId(a.id)}
        onMove={(to) => mover.request(a, to)}
        disabled={mover.pending}
        draggable={wide}
        dragging={dragged?.id === a.id}
        onDragStart={(event: DragEvent<HTMLElement>) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', a.id);
          setDragged(a);
        }}
        onDragEnd={() => {
          setDragged(null);
          setOver(null);
        }}
      />
    </li>
  );

  const columnTitle = (column: Column) =>
    column === 'closed' ? t('applications.board.closed') : t(`status.application.${column}`);

  return (
    <div className={styles.board}>
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="board-announcer">
        {mover.announcement}
      </p>
      {mover.failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={mover.failure}
          closable={{ onClose: mover.clearFailure }}
          className={styles.alert}
        />
      )}
      {applications.data.items.length === 0 ? (
        <EmptyState description={t('applications.board.empty')} />
      ) : wide ? (
        <>
          <p className={styles.hint}>{t('applications.board.dragHint')}</p>
          <div className={styles.columns} data-testid="pipeline-columns">
            {columns.map((column) => {
              const items = byColumn.get(column) ?? [];
              const droppable = dragged !== null && canDrop(dragged.status, column);
              const className = [
                styles.column,
                column === 'closed' ? styles.closedColumn : '',
                dragged && !droppable && columnOf(dragged.status) !== column ? styles.blocked : '',
                over === column && droppable ? styles.over : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <section
                  key={column}
                  className={className}
                  aria-labelledby={`column-${column}`}
                  data-testid={`column-${column}`}
                  onDragOver={(event) => {
                    if (!droppable) return;
                    event.preventDefault();
                    event.dataTransfer.dropEffect = 'move';
                    if (over !== column) setOver(column);
                  }}
                  onDragLeave={() => setOver((current) => (current === column ? null : current))}
                  onDrop={(event) => {
                    event.preventDefault();
                    const application = dragged;
                    setDragged(null);
                    setOver(null);
                    if (application && canDrop(application.status, column)) {
                      mover.request(application, targetOf(column));
                    }
                  }}
                >
                  <h2 id={`column-${column}`} className={styles.columnTitle}>
                    {columnTitle(column)} <span className={styles.count}>{items.length}</span>
                  </h2>
                  <ul className={styles.cards}>{items.map(card)}</ul>
                </section>
              );
            })}
          </div>
        </>
      ) : (
        <>
          <div className={styles.stagePicker}>
            <span aria-hidden>{t('applications.board.stage')}</span>
            <Select<Column>
              value={phoneColumn}
              onChange={setPhoneColumn}
              options={columns.map((column) => ({
                value: column,
                label: `${columnTitle(column)}（${byColumn.get(column)?.length ?? 0}）`,
              }))}
              aria-label={t('applications.board.stage')}
              className={styles.stageSelect}
            />
          </div>
          <section aria-label={columnTitle(phoneColumn)}>
            {(byColumn.get(phoneColumn) ?? []).length === 0 ? (
              <EmptyState description={t('applications.board.emptyStage')} />
            ) : (
              <ul className={styles.cards}>{(byColumn.get(phoneColumn) ?? []).map(card)}</ul>
            )}
          </section>
        </>
      )}
      <ApplicantDrawer
        applicationId={openId}
        domain={domain}
        onClose={() => setOpenId(null)}
        onMove={(application, to: ApplicationStatus) => mover.request(application, to)}
        disabled={mover.pending}
      />
      <MoveDialog
        applicationId={mover.dialog?.application.id ?? null}
        to={dialogTo}
        title={dialogTo ? t(`applications.board.confirm.${dialogTo as DialogStep}.title`, { name: dialogName }) : ''}
        description={dialogTo ? t(`applications.board.confirm.${dialogTo as DialogStep}.text`) : undefined}
        submitLabel={dialogTo ? t(`applications.board.moveTo.${dialogTo}`) : ''}
        messageHelp={t('applications.move.messageToApplicant')}
        onClose={mover.closeDialog}
        onSubmit={(body) => (mover.dialog ? mover.send(mover.dialog.application, body) : Promise.resolve())}
      />
    </div>
  );
}
