import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../client/src/ui/date-input';
import {
  addDays,
  endOfVietnamDay,
  startOfVietnamDay,
  todayInVietnam,
  vietnamClock,
} from '../../client/src/ui/vietnam-time';

// Midnight in Ia H'Drai is 17:00 UTC: the last second of one day and the first of the next.
const LAST_SECOND_OF_2025 = new Date('2025-12-31T16:59:59Z');
const FIRST_SECOND_OF_2026 = new Date('2025-12-31T17:00:00Z');

describe("the district's clock", () => {
  it('turns the day at 17:00 UTC, whatever the zone of the machine', () => {
    expect(todayInVietnam(LAST_SECOND_OF_2025)).toBe('2025-12-31');
    expect(todayInVietnam(FIRST_SECOND_OF_2026)).toBe('2026-01-01');
    expect(vietnamClock(LAST_SECOND_OF_2025)).toEqual({ date: '2025-12-31', time: '23:59' });
    expect(vietnamClock(FIRST_SECOND_OF_2026)).toEqual({ date: '2026-01-01', time: '00:00' });
  });

  it('dates an instant on either side of midnight as the console shows it', () => {
    expect(formatDateTime(LAST_SECOND_OF_2025.toISOString())).toBe('31/12/2025 23:59');
    expect(formatDateTime(FIRST_SECOND_OF_2026.toISOString())).toBe('01/01/2026 00:00');
  });

  it('counts days by calendar, across months, years and 29 February', () => {
    expect(addDays('2026-01-01', 90)).toBe('2026-04-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('names the bounds of a Vietnamese day with their offset', () => {
    expect(startOfVietnamDay('2026-01-01')).toBe('2026-01-01T00:00:00+07:00');
    expect(endOfVietnamDay('2026-01-01')).toBe('2026-01-01T23:59:59+07:00');
  });
});
