import { DownOutlined } from '@ant-design/icons';
import type { Position } from '@shsw/shared';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import type { PositionMoveTarget } from '../api/move-position';
import type { MoveOutcome } from '../hooks/use-position-moves';
import { moveKey, movesFor } from './position-actions';

/**
 * A row of the organisation's positions table: at most two buttons in view (查看申请 and 编辑; a
 * draft's 编辑 and 发布), everything else — matches and the other lifecycle moves — under 更多.
 */
export function PositionRowActions({
  position: p,
  request,
  pending,
}: {
  position: Position;
  request: (position: Position, to: PositionMoveTarget) => Promise<MoveOutcome>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editable = ['draft', 'open', 'paused'].includes(p.status);
  const moves = movesFor(p);
  const publish = p.status === 'draft' && moves.includes('open');
  const more: NonNullable<MenuProps['items']> = [
    ...(p.status === 'open' ? [{ key: 'matches', label: t('matches.position.tab') }] : []),
    ...moves
      .filter((to) => !(publish && to === 'open'))
      .map((to) => ({
        key: `move:${to}`,
        label: t(`positions.lifecycle.moves.${moveKey(p, to)}`),
        danger: to === 'closed',
        disabled: pending,
      })),
  ];
  const onMore: MenuProps['onClick'] = ({ key }) => {
    if (key === 'matches') navigate(`/org/positions/${p.id}/pipeline?tab=matches`);
    else if (key.startsWith('move:')) void request(p, key.slice('move:'.length) as PositionMoveTarget);
  };
  return (
    <Space size={8} wrap={false}>
      {p.status !== 'draft' && (
        <ButtonLink to={`/org/positions/${p.id}/pipeline`} size="small" type="primary" ghost>
          {t('orgPositionsTable.applications')}
        </ButtonLink>
      )}
      {editable && (
        <ButtonLink to={`/org/positions/${p.id}/edit`} size="small">
          {t('common.edit')}
        </ButtonLink>
      )}
      {publish && (
        <Button size="small" type="primary" disabled={pending} onClick={() => void request(p, 'open')}>
          {t('positions.lifecycle.moves.open')}
        </Button>
      )}
      {more.length > 0 && (
        <Dropdown menu={{ items: more, onClick: onMore }} trigger={['click']}>
          <Button size="small" aria-label={t('orgPositionsTable.moreFor', { title: p.title })} data-testid="row-more">
            {t('orgPositionsTable.more')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
