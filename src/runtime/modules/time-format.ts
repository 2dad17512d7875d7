// Calendar helpers of the time module: broken-down times (struct_time's fields) from and to
// JS Dates, asctime(), and strftime() with glibc's C-locale output for the common directives.
// Local time is the host's time zone, as CPython's localtime() uses.

import { raise } from '../exceptions.js';
import { PyTuple } from '../values.js';

export interface TimeParts {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** Monday is 0. */
  wday: number;
  yday: number;
  isdst: number;
  /** tm_zone and tm_gmtoff, when known (gmtime/localtime results). */
  zone?: string;
  gmtoff?: number;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayOfYear(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function isDst(d: Date): boolean {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul);
}

export function partsFromDate(d: Date, utc: boolean): TimeParts {
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const day = utc ? d.getUTCDay() : d.getDay();
  return {
    year, mon, mday,
    hour: utc ? d.getUTCHours() : d.getHours(),
    min: utc ? d.getUTCMinutes() : d.getMinutes(),
    sec: utc ? d.getUTCSeconds() : d.getSeconds(),
    wday: (day + 6) % 7,
    yday: dayOfYear(year, mon, mday),
    isdst: utc ? 0 : isDst(d) ? 1 : 0,
    zone: utc ? 'GMT' : timezoneInfo().names[isDst(d) ? 1 : 0]!,
    gmtoff: utc ? 0 : -d.getTimezoneOffset() * 60,
  };
}

/** mktime(): the local time described by `p` (wday/yday ignored, isdst as a hint only). */
export function partsToDate(p: TimeParts): Date {
  const d = new Date(p.year, p.mon - 1, p.mday, p.hour, p.min, p.sec);
  if (Number.isNaN(d.getTime())) raise('OverflowError', 'mktime argument out of range');
  return d;
}

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

export function asctime(p: TimeParts): string {
  return `${DAYS[p.wday]!.slice(0, 3)} ${MONTHS[p.mon - 1]!.slice(0, 3)} ${pad(p.mday, 2, ' ')} ${pad(p.hour)}:${pad(p.min)}:${pad(p.sec)} ${p.year}`;
}

/** Week number of the year, weeks starting on `firstDay` (0 = Sunday for %U, 1 = Monday for %W). */
function weekNumber(p: TimeParts, firstDay: number): number {
  const sundayBased = (p.wday + 1) % 7;
  const wd = (sundayBased - firstDay + 7) % 7;
  return Math.floor((p.yday - 1 + 7 - wd) / 7);
}

function directive(c: string, p: TimeParts): string | undefined {
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  switch (c) {
    case 'a': return DAYS[p.wday]!.slice(0, 3);
    case 'A': return DAYS[p.wday]!;
    case 'b': case 'h': return MONTHS[p.mon - 1]!.slice(0, 3);
    case 'B': return MONTHS[p.mon - 1]!;
    case 'c': return asctime(p);
    case 'C': return pad(Math.floor(p.year / 100));
    case 'd': return pad(p.mday);
    case 'D': return `${pad(p.mon)}/${pad(p.mday)}/${pad(p.year % 100)}`;
    case 'e': return pad(p.mday, 2, ' ');
    case 'F': return `${p.year}-${pad(p.mon)}-${pad(p.mday)}`;
    case 'H': return pad(p.hour);
    case 'I': return pad(hour12);
    case 'j': return pad(p.yday, 3);
    case 'k': return pad(p.hour, 2, ' ');
    case 'l': return pad(hour12, 2, ' ');
    case 'm': return pad(p.mon);
    case 'M': return pad(p.min);
    case 'n': return '\n';
    case 'p': return p.hour < 12 ? 'AM' : 'PM';
    case 'R': return `${pad(p.hour)}:${pad(p.min)}`;
    case 'S': return pad(p.sec);
    case 't': return '\t';
    case 'T': case 'X': return `${pad(p.hour)}:${pad(p.min)}:${pad(p.sec)}`;
    case 'u': return String(p.wday + 1);
    case 'U': return pad(weekNumber(p, 0));
    case 'w': return String((p.wday + 1) % 7);
    case 'W': return pad(weekNumber(p, 1));
    case 'x': return `${pad(p.mon)}/${pad(p.mday)}/${pad(p.year % 100)}`;
    case 'y': return pad(p.year % 100);
    case 'Y': return String(p.year);
    case '%': return '%';
  }
  return undefined;
}

export function strftime(format: string, p: TimeParts): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const c = format[++i]!;
    out += directive(c, p) ?? (c === 'z' || c === 'Z' ? zone(c, p) : `%${c}`);
  }
  return out;
}

function zone(c: string, p: TimeParts): string {
  if (c === 'Z' && p.zone !== undefined) return p.zone;
  const d = partsToDate(p);
  const offset = p.gmtoff !== undefined ? p.gmtoff / 60 : -d.getTimezoneOffset();
  if (c === 'z') return `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  return timezoneInfo().names[isDst(d) ? 1 : 0]!;
}

export function timezoneInfo(): { timezone: number; altzone: number; daylight: number; tzname: PyTuple; names: string[] } {
  const year = new Date().getFullYear();
  const jan = new Date(year, 0, 1).getTimezoneOffset();
  const jul = new Date(year, 6, 1).getTimezoneOffset();
  // Intl costs tens of milliseconds on first use; a UTC host (the usual container) needs none.
  const name = (d: Date): string => {
    if (jan === 0 && jul === 0) return 'UTC';
    const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((x) => x.type === 'timeZoneName');
    return part?.value ?? 'UTC';
  };
  const std = Math.max(jan, jul);
  const names = [name(new Date(year, jan === std ? 0 : 6, 1)), name(new Date(year, jan === std ? 6 : 0, 1))];
  return { timezone: std * 60, altzone: Math.min(jan, jul) * 60, daylight: jan !== jul ? 1 : 0, tzname: new PyTuple(names), names };
}
