import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

export type ChangeListingContentInput = BodyOf<'/api/listing/listings/{id}/content', 'put'>;
export type ContentImageInput = ChangeListingContentInput['images'][number];

/** Replaces the whole content; sends the version the person edited, so a change made meanwhile is refused (412). */
export const changeListingContent = ({ id, version, body }: { id: string; version: number; body: ChangeListingContentInput }): Promise<ListingDetails> =>
  send(api.PUT('/api/listing/listings/{id}/content', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useChangeListingContent = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeListingContent> } = {}) =>
  useListingMutation(changeListingContent, mutationConfig);
