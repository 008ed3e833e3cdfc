import { useEffect, useState } from 'react';

/** "1d 3h" left (or overdue): the two largest units of the time to a deadline. */
export function timeLeft(dueAt: string, now: number): { text: string; overdue: boolean } {
  const ms = Date.parse(dueAt) - now;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const text = days > 0 ? `${days}d ${hours}h` : `${hours}h ${minutes % 60}m`;
  return { text, overdue: ms < 0 };
}

/** The time now, refreshed every minute (time left on a deadline ticks down while the page is open). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
