import type { paths } from './schema';

/**
 * Types read off the generated document by path and method, so renaming a schema on the server
 * (it happens while the OpenAPI document settles) does not ripple through the features.
 */
type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body a successful call answers with (200 unless told). */
export type ResponseOf<P extends keyof paths, M extends Method, S extends number = 200> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonContent<R[S]> : never) : never;

/** The JSON request body an operation takes. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;

/** The query parameters an operation takes. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
