/** The value of the address's query parameter `name` when it is one of `allowed`; anything else is ignored. */
export const oneOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined => {
  const value = params.get(name);
  return allowed.includes(value as T) ? (value as T) : undefined;
};
