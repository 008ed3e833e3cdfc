import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner with an accessible label, for pages and lazy routes. */
export function Loading({ fullscreen = false }: { fullscreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: fullscreen ? '100vh' : 240 }} role="status" aria-label={t('common.loading')}>
      <Spin size="large" />
    </Flex>
  );
}
