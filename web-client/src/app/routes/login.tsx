import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { LanguageSwitch } from '@/components/ui/language-switch';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { isLanguage } from '@/i18n';
import { useLogIn, useSession, type LogInRequest } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';
import { sessionStore, type SessionEnd } from '@/lib/session';

/** Only same-site paths: `?redirectTo=https://elsewhere` must not send people off the site. */
const safeRedirect = (value: string | null): string => (value?.startsWith('/') && !value.startsWith('//') ? value : paths.home.getHref());

/**
 * When a locked account unlocks: the refusal carries `lockedUntil` while the account is locked, also on the failed attempt
 * that locked it (its code is then the wrong password's).
 */
const lockedUntilOf = (error: unknown): string | null => problemOf(error).lockedUntil ?? null;

export function LoginRoute() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const { session, ended } = useSession();
  const logIn = useLogIn();
  // Say once why the last session ended, then forget it (a reload should not repeat it).
  const [endReason] = useState<SessionEnd | null>(ended);
  useEffect(() => sessionStore.acknowledgeEnd(), []);

  const lockedUntil = logIn.isError ? lockedUntilOf(logIn.error) : null;
  const lockedText = lockedUntil
    ? t('auth.lockedUntil', { time: formatDateTime(lockedUntil, isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en') ?? lockedUntil })
    : null;

  if (session) return <Navigate to={safeRedirect(params.get('redirectTo'))} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('auth.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Flex vertical gap={16}>
          {endReason === 'expired' ? <Alert type="warning" showIcon title={t('auth.sessionExpired')} /> : null}
          {endReason === 'signedOut' ? <Alert type="info" showIcon title={t('auth.signedOut')} /> : null}
          {logIn.isError ? <ProblemAlert error={logIn.error} extra={lockedText ? [lockedText] : []} /> : null}
          <Form<LogInRequest> layout="vertical" requiredMark={false} onFinish={(values) => logIn.mutate(values)} disabled={logIn.isPending}>
            <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }]}>
              <Input type="email" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={logIn.isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Flex>
      </Card>
    </Flex>
  );
}
