import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { changeLanguage, isLanguage, languages } from '@/i18n';

/** English / 简体中文; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('language.label')}
      value={isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'}
      onChange={(value) => void changeLanguage(value)}
      options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      prefix={<GlobalOutlined />}
      style={{ width: 130 }}
      variant="borderless"
      popupMatchSelectWidth={false}
    />
  );
}
