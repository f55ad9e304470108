import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../lib/use-document-title';

interface PageTitleProps {
  children: ReactNode;
  /** The browser tab title; leave out on the home page to show only the site name. */
  documentTitle?: string;
  id?: string;
}

/** The page's one `<h1>`, which also sets the browser tab title. */
export function PageTitle({ children, documentTitle, id }: PageTitleProps) {
  useDocumentTitle(documentTitle);
  return (
    <Typography.Title level={1} id={id} className="page-title">
      {children}
    </Typography.Title>
  );
}
