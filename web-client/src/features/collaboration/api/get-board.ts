import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { collaborationKeys } from './keys';

export type BoardQuery = QueryOf<'/api/service/collaboration-requests/board', 'get'>;
export type Board = ResponseOf<'/api/service/collaboration-requests/board', 'get'>;
export type BoardColumn = Board[number];
export type CollaborationRequest = BoardColumn['requests']['items'][number];
export type CollaborationStatus = CollaborationRequest['status'];
export type CollaborationDeadlineState = CollaborationRequest['deadlineState'];

export const collaborationDeadlineStates: readonly CollaborationDeadlineState[] = ['Running', 'Warned', 'Breached', 'Met'];

export const getBoard = (query: BoardQuery): Promise<Board> => send(api.GET('/api/service/collaboration-requests/board', { params: { query } }));

/** The board: one column per status in the server's order, each column's first page by time left. */
export const useBoard = (query: BoardQuery) =>
  useQuery(queryOptions({ queryKey: [...collaborationKeys.boards(), query], queryFn: () => getBoard(query), placeholderData: keepPreviousData }));
