import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick' | 'htmlType'> & {
  to: string;
  /** Called on click, before the navigation (e.g. to close the phone menu). */
  onClick?: () => void;
};

/** A link that looks like an antd button: a real `<a href>` (new tab, copy link) navigating inside the SPA. */
export function ButtonLink({ to, onClick, ...props }: ButtonLinkProps) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Button
      {...props}
      href={href}
      onClick={(event: MouseEvent<HTMLElement>) => {
        onClick?.();
        handleClick(event as MouseEvent<HTMLAnchorElement>);
      }}
    />
  );
}
