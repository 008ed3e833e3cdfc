import type { Translation } from '../en';

export const candidates: Translation['candidates'] = {
  title: '候选产品',
  detail: '候选产品详情',
};
