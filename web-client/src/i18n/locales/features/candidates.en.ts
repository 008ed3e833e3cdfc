/** English texts of the candidates screens (typed for zh by en.ts). */
export const candidates = {
  title: 'Candidates',
  detail: 'Candidate',
} as const;
