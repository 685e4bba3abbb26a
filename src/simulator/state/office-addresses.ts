/**
 * A street address and postal code for each seeded city (LOCATIONS in name-tables.ts), so seeded
 * users, jobs and predefined locations carry the `address` and `postalCode` the docs list.
 * Keyed by city: `officeAddress` falls back to a plain one for a city added to LOCATIONS without an entry.
 */
export const OFFICE_ADDRESSES: Readonly<Record<string, { readonly address: string; readonly postalCode: string }>> = {
  'San Francisco': { address: '225 Bush Street', postalCode: '94104' },
  'New York': { address: '350 Fifth Avenue', postalCode: '10118' },
  Austin: { address: '500 W 2nd Street', postalCode: '78701' },
  Toronto: { address: '100 King Street West', postalCode: 'M5X 1A9' },
  London: { address: '30 St Mary Axe', postalCode: 'EC3A 8BF' },
  Paris: { address: '12 Rue de la Paix', postalCode: '75002' },
  Berlin: { address: 'Friedrichstraße 68', postalCode: '10117' },
  Munich: { address: 'Leopoldstraße 28', postalCode: '80802' },
  'Kraków': { address: 'ul. Kapelanka 42', postalCode: '30-347' },
  Warsaw: { address: 'ul. Prosta 51', postalCode: '00-838' },
  Madrid: { address: 'Calle de Alcalá 21', postalCode: '28014' },
  Milan: { address: 'Via Monte Napoleone 8', postalCode: '20121' },
  Amsterdam: { address: 'Herengracht 182', postalCode: '1016 BR' },
  Stockholm: { address: 'Kungsgatan 49', postalCode: '111 22' },
  Bengaluru: { address: '24 MG Road', postalCode: '560001' },
  Singapore: { address: '1 Raffles Place', postalCode: '048616' },
  Tokyo: { address: '2-7-2 Marunouchi, Chiyoda-ku', postalCode: '100-7090' },
  Sydney: { address: '1 Martin Place', postalCode: '2000' },
  'São Paulo': { address: 'Avenida Paulista 1578', postalCode: '01310-200' },
  'Mexico City': { address: 'Paseo de la Reforma 250', postalCode: '06600' },
  Dublin: { address: '1 Grand Canal Square', postalCode: 'D02 P820' },
  Lagos: { address: '10 Adeola Odeku Street', postalCode: '101241' },
  Dubai: { address: 'Sheikh Zayed Road 1', postalCode: '00000' },
  'Zürich': { address: 'Bahnhofstrasse 45', postalCode: '8001' },
};

/** The seeded office of `city`: its table entry, or a plain address for a city the table lacks. */
export function officeAddress(city: string): { address: string; postalCode: string } {
  return OFFICE_ADDRESSES[city] ?? { address: '1 Main Street', postalCode: '00000' };
}
