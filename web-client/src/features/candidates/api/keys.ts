import { currentLanguage } from '@/i18n';

/** Query keys of the candidates screens: one root, so a write can invalidate every board column and the record. */
export const candidateKeys = {
  all: ['selection', 'candidates'] as const,
  lists: () => [...candidateKeys.all, 'list'] as const,
  /** In the UI's language: the record's guide names its rules in the language asked for. */
  detail: (id: string) => [...candidateKeys.all, 'detail', id, currentLanguage()] as const,
  history: (id: string) => [...candidateKeys.all, 'history', id] as const,
  estimate: (id: string) => [...candidateKeys.all, 'estimate', id] as const,
  suppliers: () => ['selection', 'candidates', 'supplier-options'] as const,
  categories: () => [...candidateKeys.lists(), 'categories'] as const,
};
