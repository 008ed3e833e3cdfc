import { useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { inventoryKeys } from './keys';

export type WarehouseChoice = ResponseOf<'/api/logistics/warehouses', 'get'>['items'][number];

/** The open warehouses, for the filters and forms of the inventory screens. */
export const useWarehouseChoices = () =>
  useQuery({
    queryKey: inventoryKeys.warehouses(),
    queryFn: () => send(api.GET('/api/logistics/warehouses', { params: { query: { closed: false, pageSize: 200 } } })),
    select: (page) => page.items,
  });
