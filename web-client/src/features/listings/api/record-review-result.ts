import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

export type ReviewResultInput = BodyOf<'/api/listing/listings/{id}/review-result', 'post'>;

/** The platform's answer to a submission or relisting: approved (with the ASIN) or rejected (with reason codes). */
export const recordReviewResult = ({ id, version, body }: { id: string; version: number; body: ReviewResultInput }): Promise<ListingDetails> =>
  send(api.POST('/api/listing/listings/{id}/review-result', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRecordReviewResult = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordReviewResult> } = {}) =>
  useListingMutation(recordReviewResult, mutationConfig);
