import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import type { ModuleKey } from '@/config/modules';
import { paths } from '@/config/paths';

export function ComingSoonRoute({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={t('comingSoon.title', { module: t(`modules.${module}`) })}
      subTitle={
        <>
          <div>{t(`moduleDescriptions.${module}`)}</div>
          <div>{t('comingSoon.description')}</div>
        </>
      }
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home.getHref())}>
          {t('comingSoon.back')}
        </Button>
      }
    />
  );
}
