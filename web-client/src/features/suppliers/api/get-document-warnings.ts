import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type DocumentWarningsQuery = QueryOf<'/api/selection/suppliers/document-warnings', 'get'>;
export type DocumentWarningsPage = ResponseOf<'/api/selection/suppliers/document-warnings', 'get'>;
export type DocumentWarning = DocumentWarningsPage['items'][number];

export const getDocumentWarnings = (query: DocumentWarningsQuery): Promise<DocumentWarningsPage> =>
  send(api.GET('/api/selection/suppliers/document-warnings', { params: { query } }));

export const getDocumentWarningsQueryOptions = (query: DocumentWarningsQuery) =>
  queryOptions({
    queryKey: supplierKeys.warnings(query),
    queryFn: () => getDocumentWarnings(query),
    placeholderData: keepPreviousData,
  });

type UseDocumentWarningsOptions = { query: DocumentWarningsQuery; queryConfig?: QueryConfig<typeof getDocumentWarningsQueryOptions> };

export const useDocumentWarnings = ({ query, queryConfig }: UseDocumentWarningsOptions) =>
  useQuery({ ...getDocumentWarningsQueryOptions(query), ...queryConfig });
