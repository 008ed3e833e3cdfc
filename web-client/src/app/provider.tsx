import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from '@/components/errors/error-boundary';
import { isLanguage, type Language } from '@/i18n';
import { createQueryClient } from '@/lib/react-query';
import { sessionStore } from '@/lib/session';

const antdLocales = { en: enUS, zh: zhCN } as const;
const dayjsLocales: Record<Language, string> = { en: 'en', zh: 'zh-cn' };

type AppProviderProps = { children: ReactNode; queryClient?: QueryClient };

/** Server state, UI locale (AntD and dayjs follow i18next), toasts and the error boundary. */
export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  useEffect(() => {
    dayjs.locale(dayjsLocales[language]);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  // A session that ends (sign-out, or a 401) leaves nothing of the last person's data behind.
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (!sessionStore.getState().session) client.clear();
      }),
    [client],
  );

  return (
    <ConfigProvider locale={antdLocales[language]} theme={{ algorithm: theme.defaultAlgorithm, token: { colorPrimary: '#1f6feb' } }}>
      <AntApp>
        <ErrorBoundary title={t('problems.generic')} retry={t('common.retry')}>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
