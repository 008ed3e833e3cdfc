import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { orderKeys } from './keys';

export type ImportJob = ResponseOf<'/api/logistics/orders/imports/{id}', 'get'>;
export type ImportJobStatus = ImportJob['status'];
export type ImportRowError = ImportJob['errors'][number];

/** The content type the host reads a file in: JSON by its name or type, CSV otherwise (docs/adr/0020). */
export const contentTypeOf = (file: File): 'application/json' | 'text/csv' =>
  file.type === 'application/json' || /\.json$/i.test(file.name) ? 'application/json' : 'text/csv';

/**
 * Uploads a file of orders: the file itself is the request body (not a form), the store and the file's name go in the
 * query. Answers the job (202), or the job that imported the same file before (200; nothing runs again).
 */
export const importOrders = ({ storeId, file }: { storeId: string; file: File }): Promise<ImportJob> =>
  send(
    api.POST('/api/logistics/orders/import', {
      params: { query: { storeId, fileName: file.name } },
      // The body is sent as it is: openapi-fetch would otherwise JSON-encode it.
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': contentTypeOf(file) },
    }),
  );

export const useImportOrders = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof importOrders> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: importOrders,
    onSuccess: async (...args) => {
      queryClient.setQueryData(orderKeys.importJob(args[0].id), args[0]);
      await queryClient.invalidateQueries({ queryKey: [...orderKeys.imports(), 'list'] });
      await onSuccess?.(...args);
    },
  });
};
