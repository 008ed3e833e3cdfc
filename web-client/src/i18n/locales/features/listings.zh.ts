import type { Translation } from '../en';

export const listings: Translation['listings'] = {
  title: '商品页面',
  detail: '商品页面详情',
};
