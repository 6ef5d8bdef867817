// One formatter for dates and times shown on pages, in the style GOV.UK recommends.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return dateFormat.format(new Date(value));
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const date = new Date(value);
  return `${dateFormat.format(date)} at ${timeFormat.format(date).replace(' ', '').toLowerCase()}`;
}

const countFormat = new Intl.NumberFormat('en-GB');

/** Whole numbers with thousands separators: 26,078. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** Words made safe for a file name: "Portsmouth: results 2015/16" → "portsmouth-results-2015-16". */
export function slugOf(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, maxLength);
}

export { todayIso } from './clock.ts';
