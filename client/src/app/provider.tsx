import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useState } from 'react';
import { useLocale } from '../lib/use-locale';
import { useLocalisedNumberSteppers } from './number-steppers';
import { createQueryClient } from './query-client';
import { theme } from './theme';

const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
// antd would render a two-character button label such as 中文 as 中 文, which screen readers then spell out.
const buttonConfig = { autoInsertSpace: false };
const themeConfig = reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;

/** Everything the pages rely on: antd (theme, locale, message/notification context) and TanStack Query. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const locale = useLocale();
  useLocalisedNumberSteppers();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={themeConfig} button={buttonConfig}>
      <AntApp component={false}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
