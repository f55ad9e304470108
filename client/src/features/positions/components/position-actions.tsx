import { allowedPositionMoves, type Position } from '@shsw/shared';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PositionMoveTarget } from '../api/move-position';
import type { MoveOutcome } from '../hooks/use-position-moves';

/** The moves a person may make from this status, in the order they are usually wanted. */
export function movesFor(position: Position): PositionMoveTarget[] {
  const order: PositionMoveTarget[] = ['open', 'paused', 'filled', 'closed'];
  const allowed = allowedPositionMoves(position.status);
  return order.filter((to) => allowed.includes(to));
}

/** The label of a move: publishing a draft and reopening a paused post are both "to open". */
export function moveKey(position: Position, to: PositionMoveTarget): PositionMoveTarget | 'reopen' {
  return to === 'open' && position.status !== 'draft' ? 'reopen' : to;
}

/** One button per allowed lifecycle move; each asks for confirmation first. */
export function PositionActions({
  position,
  request,
  pending,
  size,
  onMoved,
}: {
  position: Position;
  request: (position: Position, to: PositionMoveTarget) => Promise<MoveOutcome>;
  pending?: boolean;
  size?: 'small' | 'middle';
  onMoved?: (position: Position) => void;
}) {
  const { t } = useTranslation();
  const moves = movesFor(position);
  if (moves.length === 0) return null;
  return (
    <Space wrap size={[8, 8]}>
      {moves.map((to) => (
        <Button
          key={to}
          size={size}
          type={to === 'open' ? 'primary' : 'default'}
          danger={to === 'closed'}
          disabled={pending}
          onClick={async () => {
            const outcome = await request(position, to);
            if (outcome.ok) onMoved?.(outcome.position);
          }}
        >
          {t(`positions.lifecycle.moves.${moveKey(position, to)}`)}
        </Button>
      ))}
    </Space>
  );
}
