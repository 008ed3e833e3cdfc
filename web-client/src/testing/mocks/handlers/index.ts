import { orgHandlers } from './org';

export const handlers = [...orgHandlers];
