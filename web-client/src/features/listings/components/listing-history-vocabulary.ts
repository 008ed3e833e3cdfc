import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { HistoryVocabulary } from '@/components/ui/history-timeline';

/** A listing's fields and values as its screens name them, for the sentences of its history. */
export function useListingHistoryVocabulary(): HistoryVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      fields: {
        sku: t('listings.sku'),
        status: t('listings.status'),
        origin: t('listings.origin'),
        asin: t('listings.asin'),
        content: t('listings.tabs.content'),
        contentVersion: t('listings.contentVersion'),
        contentScore: t('listings.qualityScore'),
        title: t('listings.fields.title'),
        bullets: t('listings.fields.bullets'),
        description: t('listings.fields.description'),
        searchTerms: t('listings.fields.searchTerms'),
        images: t('listings.fields.images'),
        attributes: t('listings.fields.attributes'),
        browseCategory: t('listings.fields.browseCategory'),
        price: t('listings.fields.price'),
        targetKeywords: t('listings.fields.targetKeywords'),
        brand: t('listings.attributes.brand'),
        model: t('listings.attributes.model'),
        size: t('listings.attributes.size'),
        weight: t('listings.attributes.weight'),
        material: t('listings.attributes.material'),
        colour: t('listings.attributes.colour'),
        functions: t('listings.attributes.functions'),
        usage: t('listings.attributes.usage'),
        warranty: t('listings.attributes.warranty'),
        submissions: t('listings.submissions'),
        submittedAt: t('listings.lastSubmittedAt'),
        approvedOnFirstSubmission: t('listings.firstPass'),
        rejection: t('listings.lastRejection'),
        suppressionReason: t('listings.suppressionReason'),
        delistReason: t('listings.delistReason'),
        wentLiveAt: t('listings.wentLiveAt'),
        firstWentLiveAt: t('listings.firstWentLiveAt'),
        deadlineState: t('listings.deadline'),
        deadline: t('listings.deadline'),
        draftedAt: t('listings.draftedAt'),
      },
      values: {
        status: t('listings.statuses', { returnObjects: true }),
        origin: t('listings.origins', { returnObjects: true }),
        deadlineState: t('listings.deadlineStates', { returnObjects: true }),
        role: t('listings.imageRoles', { returnObjects: true }),
      },
      // The quality report and the review loop are told by their own entries (quality checked, submitted, …).
      hidden: ['quality', 'reviewLoop'],
    }),
    [t],
  );
}
