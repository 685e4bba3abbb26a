import { inflateSync } from 'node:zlib';
import { LOCATIONS, type LocationRow } from '../../state/name-tables.js';

/** What naive resume parsing found; a field it could not find is absent. */
export interface ParsedResume {
  firstName?: string;
  lastName?: string;
  email?: string;
  phoneNumber?: string;
  web?: { skype?: string; linkedin?: string; facebook?: string; twitter?: string; website?: string };
  location?: LocationRow;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}/;
// Headings that look like a name to the pattern but never are one.
const HEADINGS = new Set(['curriculum', 'vitae', 'resume', 'résumé', 'cv', 'profile', 'contact', 'personal', 'details', 'summary']);
const NAME = /^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;

/** The PDF with its FlateDecode content streams inflated in place (others stay as they are). */
function inflatePdf(content: Buffer): string {
  const latin1 = content.toString('latin1');
  return latin1.replace(/<<([^]*?)>>\s*stream\r?\n([^]*?)\r?\nendstream/g, (whole, dict: string, data: string) => {
    if (!/\/FlateDecode/.test(dict)) return whole;
    try {
      return `<<${dict}>>\nstream\n${inflateSync(Buffer.from(data, 'latin1')).toString('latin1')}\nendstream`;
    } catch {
      return whole;
    }
  });
}

/** The text of a PDF's string operators (`(..) Tj`, `[..] TJ`), one line per text block. */
function pdfText(latin1: string): string {
  const lines: string[] = [];
  for (const block of latin1.matchAll(/BT([\s\S]*?)ET/g)) {
    const parts = [...(block[1] ?? '').matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((m) => (m[1] ?? '').replace(/\\([\\()])/g, '$1'));
    if (parts.length > 0) lines.push(parts.join(''));
  }
  return lines.join('\n');
}

/** The resume's text: PDF string operators, else the bytes as UTF-8 with control bytes dropped. */
export function resumeText(content: Buffer, mimeType: string): string {
  const head = content.subarray(0, 5).toString('latin1');
  if (head === '%PDF-' || mimeType === 'application/pdf') return pdfText(inflatePdf(content));
  // eslint-disable-next-line no-control-regex
  return content.toString('utf8').replace(/[\x00-\x08\x0e-\x1f\x7f\ufffd]/g, ' ');
}

/**
 * Parses a resume the simple way: among the first five lines, the first that looks like a person's
 * name (2–4 capitalised words, not a heading like "Curriculum Vitae") gives first and last name;
 * regular expressions find the e-mail, phone and profile links. Real resume parsing is a product; this is enough to round-trip test data.
 */
export function parseResume(content: Buffer, mimeType: string): ParsedResume {
  const text = resumeText(content, mimeType);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const out: ParsedResume = {};
  const nameLine = lines.slice(0, 5).find((l) => NAME.test(l) && !l.toLowerCase().split(/\s+/).some((w) => HEADINGS.has(w)));
  if (nameLine) {
    const [first, ...rest] = nameLine.split(/\s+/);
    out.firstName = first as string;
    out.lastName = rest.join(' ');
  }
  const email = EMAIL.exec(text);
  if (email) out.email = email[0];
  const phone = lines.map((l) => l.replace(EMAIL, ' ')).map((l) => PHONE.exec(l)).find((m) => m && m[0].replace(/\D/g, '').length >= 7);
  if (phone) out.phoneNumber = phone[0].trim();
  const links: NonNullable<ParsedResume['web']> = {};
  const linkedin = /https?:\/\/(?:[a-z]+\.)?linkedin\.com\/[^\s)]+/i.exec(text);
  const facebook = /https?:\/\/(?:www\.)?facebook\.com\/[^\s)]+/i.exec(text);
  const twitter = /https?:\/\/(?:www\.)?(?:twitter|x)\.com\/[^\s)]+/i.exec(text);
  const website = /https?:\/\/(?![a-z.]*(?:linkedin|facebook|twitter|x)\.com)[^\s)]+/i.exec(text);
  const skype = /\bskype\s*:\s*([A-Za-z0-9._:-]+)/i.exec(text);
  if (skype) links.skype = skype[1] as string;
  if (linkedin) links.linkedin = linkedin[0];
  if (facebook) links.facebook = facebook[0];
  if (twitter) links.twitter = twitter[0];
  if (website) links.website = website[0];
  if (Object.keys(links).length) out.web = links;
  // A "City, Country" line naming a city the simulator knows gives the full location row.
  const place = lines.map((l) => /^([\p{L} .'-]+),\s*([\p{L} .'-]+)$/u.exec(l)).find((m) => m && LOCATIONS.some((x) => x.city === m[1]?.trim()));
  if (place) out.location = LOCATIONS.find((x) => x.city === place[1]?.trim());
  return out;
}
