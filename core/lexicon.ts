// Words every stage reads the same way, listed once: the names of months and weekdays. A stage that needs a variant
// (a regular expression, capitalised forms, a list without "may") derives it from these lists, saying why.

/** Month names, lower case, in calendar order (index + 1 is the month's number). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Abbreviated month names, lower case and without their period, to the month's number ("may" is not abbreviated). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Every month word, full or abbreviated, lower case, to the month's number: "sept" 9, "march" 3. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  ...MONTH_ABBREVIATIONS,
};

/** Weekday names, lower case, Monday first. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Month and weekday names in full, lower case: capitalised, but they name nobody. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** "Monday" → "Monday", "jan" → "Jan": the capitalised form a name-like word has in running text. */
export const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
