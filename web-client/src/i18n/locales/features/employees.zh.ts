import type { Translation } from '../en';

export const employees: Translation['employees'] = {
  title: '员工',
};
