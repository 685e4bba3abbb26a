import type { Location } from '../ats/location.js';
import { base, bool, num, str, type MapOptions, type Wire } from './read-wire.js';

/** A SmartRecruiters predefined location as a unified Location; its name is "City, Country" (SmartRecruiters has none). */
export function toLocation(raw: Wire, opts: MapOptions = {}): Location {
  const parts = [str(raw.city), str(raw.country)].filter((p): p is string => p !== null);
  return {
    ...base(str(raw.id) ?? '', raw.createdOn, raw.updatedOn, raw, opts),
    name: parts.length > 0 ? parts.join(', ') : bool(raw.remote) ? 'Remote' : null,
    code: str(raw.identifier),
    city: str(raw.city),
    region: str(raw.region),
    country: str(raw.country),
    country_code: str(raw.countryCode),
    latitude: num(raw.latitude),
    longitude: num(raw.longitude),
    is_remote: bool(raw.remote),
  };
}
