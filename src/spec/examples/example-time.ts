/** The day every dated example falls on, so examples agree with each other (an interview on the day a position opens). */
export const EXAMPLE_DAY = '2025-03-03';

/** `EXAMPLE_DAY` at a full hour, UTC, as the API writes date-times. */
export function exampleTime(hour: number): string {
  return `${EXAMPLE_DAY}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}
