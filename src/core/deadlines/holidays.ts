import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { isWeekend, type LocalDate } from './calendar.js';
import { HOLIDAY_REGIONS } from './holiday-regions.js';

type HolidaysClass = typeof Holidays;
let library: HolidaysClass | null = null;

/**
 * date-holidays parses every country's rules when it loads (about a second on a busy machine), so
 * it loads on first use, not when the CLI starts: `list` and `show` never need it. require keeps
 * the callers synchronous; the package's CommonJS build exports the class itself.
 */
function holidaysLibrary(): HolidaysClass {
  library ??= createRequire(import.meta.url)('date-holidays') as HolidaysClass;
  return library;
}

/** Tells whether a local date is a public holiday in the company's region. */
export type HolidayCheck = (date: LocalDate) => boolean;

const cache = new Map<string, HolidayCheck>();

/**
 * Public holidays of `region` ('US', 'US-CA', 'DE', 'GB-ENG'...) from the date-holidays library,
 * never a hand-made list. Used only where a holiday can make us *earlier*: a team reminder that
 * falls on a holiday goes out the working day before, and the overdue escalation runs on working
 * days. Legal periods never skip holidays (deadlines-and-verification.md section 2: skipping them
 * only moves deadlines later; GDPR rule 3 roll-forward is not applied in code).
 */
export function holidayCheck(region: string): HolidayCheck {
  const cached = cache.get(region);
  if (cached) return cached;
  const [country, state] = region.split('-');
  const Library = holidaysLibrary();
  const calendar = state ? new Library(country ?? 'US', state) : new Library(country ?? 'US');
  const years = new Map<number, Set<string>>();
  const check: HolidayCheck = (date) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      days = new Set(calendar.getHolidays(year).filter((holiday) => holiday.type === 'public').map((holiday) => holiday.date.slice(0, 10)));
      years.set(year, days);
    }
    return days.has(date);
  };
  cache.set(region, check);
  return check;
}

/**
 * True when `region` names a country (and state) the holiday library knows. Read from a list made
 * from the library (holiday-regions.ts), so checking the configuration at start does not load its
 * tables; a pass that needs a holiday loads them then.
 */
export function isKnownHolidayRegion(region: string): boolean {
  const [country, state] = region.split('-');
  if (!country || !Object.hasOwn(HOLIDAY_REGIONS, country)) return false;
  if (!state) return true;
  return HOLIDAY_REGIONS[country]?.includes(state) ?? false;
}

/** A working day: not Saturday, Sunday or a public holiday. */
export function isWorkingDay(date: LocalDate, holidays: HolidayCheck): boolean {
  return !isWeekend(date) && !holidays(date);
}
