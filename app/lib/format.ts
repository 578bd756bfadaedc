/** Dates are shown in UK time whatever the server's zone, as people in the institutions read them. */
const DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  // A plain YYYY-MM-DD is a calendar date: read it at noon UTC so no zone moves it a day.
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  return DATE.format(date);
}

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : "";
}
