import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list that says what to do next, with the action to do it when there is one. */
export function EmptyState({ description, action }: { description: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {action}
    </Empty>
  );
}
