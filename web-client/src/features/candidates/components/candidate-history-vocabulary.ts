import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { HistoryVocabulary } from '@/components/ui/history-timeline';

/** A candidate's fields and values as its screens name them, for the sentences of its history. */
export function useCandidateHistoryVocabulary(): HistoryVocabulary {
  const { t } = useTranslation();
  return useMemo(() => {
    const stages = t('candidates.stages', { returnObjects: true });
    return {
      fields: {
        name: t('candidates.fields.name'),
        category: t('candidates.fields.category'),
        marketplace: t('candidates.fields.marketplace'),
        researchId: t('candidates.fields.researchId'),
        differentiationIdea: t('candidates.fields.differentiationIdea'),
        sizeAsGiven: t('candidates.overview.sizeAsGiven'),
        length: t('candidates.fields.length'),
        width: t('candidates.fields.width'),
        height: t('candidates.fields.height'),
        weight: t('candidates.fields.weight'),
        unitSystem: t('candidates.fields.unitSystem'),
        numbers: t('candidates.estimate.inputs'),
        'numbers.size': t('candidates.overview.sizeConverted'),
        targetPrice: t('candidates.fields.targetPrice'),
        unitCost: t('candidates.fields.unitCost'),
        shippingPerUnit: t('candidates.fields.shippingPerUnit'),
        expectedMonthlyUnits: t('candidates.fields.expectedMonthlyUnits'),
        firstOrderQuantity: t('candidates.fields.firstOrderQuantity'),
        daysToSell: t('candidates.fields.daysToSell'),
        transitDays: t('candidates.fields.transitDays'),
        leadTimeDays: t('candidates.fields.leadTimeDays'),
        shelvedFromStage: t('candidates.overview.shelvedFrom'),
        screenings: t('candidates.overview.screenings'),
        marginOverrides: t('candidates.overview.marginOverrides'),
        quotes: t('candidates.quotes.title'),
        chosenQuote: t('candidates.quotes.chosen'),
        samples: t('candidates.samples.title'),
        'samples.status': t('candidates.samples.status'),
        sku: t('candidates.overview.sku'),
        rejectionReason: t('candidates.overview.rejectionReason'),
        shelvingReason: t('candidates.overview.shelvingReason'),
        proposedBy: t('candidates.overview.proposedBy'),
        proposedAt: t('candidates.overview.proposedAt'),
        approvedBy: t('candidates.overview.approvedBy'),
        approvedAt: t('candidates.overview.approvedAt'),
      },
      values: {
        stage: stages,
        shelvedFromStage: stages,
        verdict: t('candidates.verdicts', { returnObjects: true }),
        'samples.status': t('candidates.sampleStatuses', { returnObjects: true }),
        unitSystem: t('candidates.unitSystems', { returnObjects: true }),
      },
      // The chosen quote is shown by itself; its id says the same.
      hidden: ['chosenQuoteId'],
    };
  }, [t]);
}
