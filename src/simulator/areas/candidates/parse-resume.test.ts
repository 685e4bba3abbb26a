import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { resumePdf } from '../../state/seeded-resume.js';
import { parseResume } from './parse-resume.js';

describe('parseResume', () => {
  it('reads name, e-mail, phone and links from plain text', () => {
    const text = 'Curriculum Vitae\nJosé María Ñúñez\njose@example.es · Tel: +34 912 345 678\nhttps://jose.example.es\n';
    expect(parseResume(Buffer.from(text), 'text/plain')).toEqual({
      firstName: 'José', lastName: 'María Ñúñez', email: 'jose@example.es', phoneNumber: '+34 912 345 678', web: { website: 'https://jose.example.es' },
    });
  });

  it('reads the text operators of uncompressed and FlateDecode PDFs', () => {
    expect(parseResume(resumePdf(['Ada Lovelace', 'ada@example.org', '+44 20 7946 0958']), 'application/pdf')).toEqual({
      firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phoneNumber: '+44 20 7946 0958',
    });
    const content = 'BT /F1 18 Tf 72 720 Td (Alan Turing) Tj ET\nBT /F1 11 Tf 72 700 Td (alan@example.org) Tj ET';
    const packed = deflateSync(Buffer.from(content, 'latin1'));
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n2 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expect(parseResume(pdf, 'application/pdf')).toEqual({ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.org' });
  });

  it('leaves out what it cannot find', () => {
    expect(parseResume(Buffer.from('just some words, no contact details at all'), 'text/plain')).toEqual({});
    expect(parseResume(Buffer.from([0, 1, 2, 255, 254]), 'application/octet-stream')).toEqual({});
  });
});
