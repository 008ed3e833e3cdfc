import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { isRoleName, personRoles } from '@/lib/authorization';

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4}>
      {roles.map((role) => (
        <Tag key={role} color={role === 'admin' ? 'volcano' : 'blue'}>
          {isRoleName(role) ? t(`roles.${role}`) : role}
        </Tag>
      ))}
    </Flex>
  );
}

/** The roles a person may be given, as select options in the current language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return personRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
