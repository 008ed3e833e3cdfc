import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { stocktakeKeys } from './keys';

/** A write on one stocktake: the answer replaces the cached stocktake; its history, every list and the schedule are fetched again. */
export const useStocktakeMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<StocktakeDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<StocktakeDetails>>, 'mutationFn'> = {},
) =>
  useRecordMutation(
    mutationFn,
    { detail: stocktakeKeys.detail, refresh: (s) => [stocktakeKeys.history(s.id), stocktakeKeys.lists(), stocktakeKeys.schedule()] },
    mutationConfig,
  );
