/** Today's date in the UK (Europe/London), as YYYY-MM-DD: plans, ratings and targets are UK days. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}
