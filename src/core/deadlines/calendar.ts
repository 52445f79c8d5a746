/**
 * Date arithmetic on local calendar dates in the company's time zone.
 *
 * Receipt is stored as a UTC instant; every legal period is counted on the local calendar of the
 * business (deadlines-and-verification.md section 2, "Store receipt in UTC; derive the date in the
 * business's legal time zone"). A LocalDate is a plain 'YYYY-MM-DD' string: comparable with <, and
 * free of time-zone and DST surprises because the arithmetic below never touches a clock.
 */

export type LocalDate = string;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `timeZone` at instant `ms`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (positive east of Greenwich). */
function offsetMs(ms: number, timeZone: string): number {
  const wall = wallTime(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (ms - (ms % 1000 + 1000) % 1000);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Days since 1970-01-01 for a local date: the calendar itself, no time zone. */
function epochDay(date: LocalDate): number {
  const { year, month, day } = fromLocalDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

function fromEpochDay(days: number): LocalDate {
  const date = new Date(days * DAY_MS);
  return toLocalDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The local calendar date of an ISO instant in `timeZone`. */
export function localDateOf(iso: string, timeZone: string): LocalDate {
  const wall = wallTime(Date.parse(iso), timeZone);
  return toLocalDate(wall.year, wall.month, wall.day);
}

/** Local hour (0-23) of an ISO instant in `timeZone`. */
export function localHourOf(iso: string, timeZone: string): number {
  return wallTime(Date.parse(iso), timeZone).hour;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDay(to) - epochDay(from);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `months` later on the same day number, clamped to the end of a shorter month: the GDPR/UK "one
 * month" (Reg. 1182/71 via EDPB Gl. 01/2022 section 160-161; ICO): 5 Mar -> 5 Apr, 31 Aug -> 30 Sep,
 * 31 Jan -> 28/29 Feb (deadlines-and-verification.md section 2, rules 1-2).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = fromLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toLocalDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * `count` business days after `date`: counting starts the day after receipt and skips Saturdays
 * and Sundays. Holidays are deliberately *counted* as business days: "business day" is undefined in
 * the CCPA regulations (❓), and skipping holidays could only move a deadline later, so the
 * conservative engine never skips them (deadlines-and-verification.md section 2, "Business days").
 * Example from the doc: received Mon 2 Mar 2026 -> 10 BD = Mon 16 Mar, 15 BD = Mon 23 Mar.
 */
export function addBusinessDays(date: LocalDate, count: number): LocalDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (!isWeekend(current)) left--;
  }
  return current;
}

/** The UTC instant at local wall time (year, month, day, hour...) in `timeZone`; DST gaps resolve forward. */
export function instantOfWallTime(date: LocalDate, hour: number, minute: number, second: number, ms: number, timeZone: string): number {
  const { year, month, day } = fromLocalDate(date);
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let result = guess - offsetMs(guess, timeZone);
  // A second pass settles instants next to a DST change, where the first offset guess was the other side's.
  result = guess - offsetMs(result, timeZone);
  return result;
}

/** The last millisecond of local `date` in `timeZone`, as an ISO instant: "overdue" means after it. */
export function endOfLocalDay(date: LocalDate, timeZone: string): string {
  const nextMidnight = instantOfWallTime(addCalendarDays(date, 1), 0, 0, 0, 0, timeZone);
  return new Date(nextMidnight - 1).toISOString();
}

/**
 * The instant a deadline on local `date` passes: the earlier of the end of that day in the company's
 * zone and the end of that day in UTC. The doc (section 2) says "if zones disagree, take the earlier
 * date"; this also keeps `dueAt.slice(0, 10)` equal to the due date in every zone, so no reply ever
 * shows a requester a later date than the real one.
 */
export function deadlineInstant(date: LocalDate, timeZone: string): string {
  const local = endOfLocalDay(date, timeZone);
  const utc = `${date}T23:59:59.999Z`;
  return local < utc ? local : utc;
}

/** The first millisecond of local `date` in `timeZone`, as an ISO instant. */
export function startOfLocalDay(date: LocalDate, timeZone: string): string {
  return new Date(instantOfWallTime(date, 0, 0, 0, 0, timeZone)).toISOString();
}

/** ISO 8601 week of a local date, e.g. '2026-W10' (weeks start Monday; week 1 holds the first Thursday). */
export function isoWeek(date: LocalDate): string {
  const day = epochDay(date);
  const isoDay = ((weekday(date) + 6) % 7) + 1;
  const thursday = day - isoDay + 4;
  const thursdayDate = fromEpochDay(thursday);
  const year = fromLocalDate(thursdayDate).year;
  const week = Math.floor((thursday - epochDay(toLocalDate(year, 1, 1))) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** Monday of the ISO week that holds `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addCalendarDays(date, -((weekday(date) + 6) % 7));
}
