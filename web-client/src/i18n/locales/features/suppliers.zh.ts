import type { Translation } from '../en';

export const suppliers: Translation['suppliers'] = {
  title: '供应商',
  detail: '供应商详情',
};
