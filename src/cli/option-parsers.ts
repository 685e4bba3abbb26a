import { InvalidArgumentError } from 'commander';

/** A commander parser for an integer option in [min, max]; anything else ("5abc", "1e3", "1.5") is refused. */
export function integerOption(flag: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = /^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${flag} must be an integer between ${min} and ${max}, got ${JSON.stringify(v)}`);
    return n;
  };
}

/** A commander parser for a non-empty string option. */
export function nonEmptyOption(flag: string, what: string): (v: string) => string {
  return (v) => {
    if (v.trim() === '') throw new InvalidArgumentError(`${flag} must be ${what}, got an empty string`);
    return v;
  };
}
