import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download.ts';

describe('the name a download is saved under', () => {
  it('keeps the Vietnamese letters of the UTF-8 name over the plain one', () => {
    expect(
      fileNameOf(
        `attachment; filename="Giay_tiep_nhan.docx"; filename*=UTF-8''${encodeURIComponent('Giấy tiếp nhận.docx')}`,
        'x',
      ),
    ).toBe('Giấy tiếp nhận.docx');
  });
  it('takes the plain name when there is no UTF-8 one, and the fallback when there is none', () => {
    expect(fileNameOf('attachment; filename="bao-cao.xlsx"', 'x')).toBe('bao-cao.xlsx');
    expect(fileNameOf(null, 'du-phong.docx')).toBe('du-phong.docx');
  });
  it('falls back to the plain name when the UTF-8 one is malformed', () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4%A`, 'x')).toBe('a.pdf');
  });
});
