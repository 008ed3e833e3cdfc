import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: what a request made as someone types should follow, so a burst
 * of keys makes one request, not one per key.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
