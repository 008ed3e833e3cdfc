/** English texts of the listings screens (typed for zh by en.ts). */
export const listings = {
  title: 'Listings',
  detail: 'Listing',
} as const;
