import { describe, expect, it } from 'vitest';
import { sniffMediaType, DOCX_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './dossier-attachments.service.ts';
import { dossierCode, dossierCodeStem } from './dossier-code.ts';

describe('dossier codes', () => {
  it('joins the office prefix, the Vietnam date as yymmdd and a 4-digit sequence', () => {
    expect(dossierCode('H56.22', '2026-02-13', 1)).toBe('H56.22-260213-0001');
    expect(dossierCode('TB', '2025-12-31', 123)).toBe('TB-251231-0123');
    expect(dossierCode('TB', '2025-12-31', 12345)).toBe('TB-251231-12345');
    expect(dossierCodeStem('H56.22', '2026-02-13')).toBe('H56.22-260213-');
  });
});

describe('attachment types by their first bytes', () => {
  const zip = (names: string[]) =>
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\0'))]);
  it('knows PDF, JPEG, PNG, DOCX and XLSX, and nothing else', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(sniffMediaType(zip(['[Content_Types].xml', 'word/document.xml']))).toBe(DOCX_MEDIA_TYPE);
    expect(sniffMediaType(zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBe(XLSX_MEDIA_TYPE);
    expect(sniffMediaType(zip(['readme.txt']))).toBeNull();
    expect(sniffMediaType(Buffer.from('<html>%PDF-'))).toBeNull();
    expect(sniffMediaType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
  });
});
