import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PackageDossier } from './index.ts';
import { packageIssueMessage } from './package-messages.ts';

z.config(z.locales.vi());

/** The messages a record's problems get, as the importer words them. */
function messages(schema: z.ZodType, record: unknown): string[] {
  const parsed = schema.safeParse(record);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => packageIssueMessage(issue, record, key))
      : [packageIssueMessage(issue, record)],
  );
}

const Project = z.strictObject({
  code: z.string(),
  zoneCode: z.string(),
  name: z.string().min(3),
  investmentType: z.enum(['FDI', 'DDI']),
  investors: z.array(z.strictObject({ name: z.string(), country: z.string() })).min(1),
  landHa: z
    .string()
    .regex(/^\d+$/, { message: 'Diện tích phải là số thập phân không âm (ha), ví dụ "120.5".' }),
});

describe('package problems in the board’s words', () => {
  it('names a missing field, a wrong type, an unknown key, a choice, a short text and an empty list', () => {
    expect(
      messages(Project, { code: 5, name: 'ab', investmentType: 'X', investors: [], landHa: '1', mã: 1 }),
    ).toEqual([
      'Mã (code) phải là một chuỗi ký tự (trong dấu ngoặc kép).',
      'Thiếu mã khu (zoneCode).',
      'Tên (name) quá ngắn (ít nhất 3 ký tự).',
      'Loại dự án (FDI/DDI) (investmentType) phải là một trong: FDI, DDI.',
      'Nhà đầu tư (investors) cần ít nhất 1 mục.',
      'Trường "mã" không có trong định dạng gói dữ liệu (kcn-data-package phiên bản 1); hãy xóa hoặc sửa tên trường.',
    ]);
  });
  it('keeps the schemas’ own messages and names nested fields by their path', () => {
    expect(
      messages(Project, {
        code: 'P1',
        zoneCode: 'Z',
        name: 'Dự án',
        investmentType: 'FDI',
        investors: [{ name: 'A' }],
        landHa: '-1',
      }),
    ).toEqual([
      'Thiếu quốc gia (investors.0.country).',
      'Diện tích phải là số thập phân không âm (ha), ví dụ "120.5".',
    ]);
  });
  it('never shows zod’s generic wording', () => {
    const all = messages(Project, { investors: 'x', extra: true });
    expect(all.join(' ')).not.toMatch(/mong đợi|nhận được|Khóa không được nhận dạng|expected|received/);
  });

  it("words a dossier's problems: a missing procedure, a channel, a timestamp without offset, the order of times", () => {
    expect(
      messages(PackageDossier, {
        code: 'H56.22-260213-0001',
        boardCode: 'TB',
        channel: 'fax',
        applicant: 'Công ty TNHH ABC',
        receivedAt: '2026-02-13T09:30:00+07:00',
        supplements: [{ requestedAt: '2026-02-24T10:00:00+07:00', suppliedAt: '2026-02-23T10:00:00' }],
        result: { kind: 'approved', at: '2026-02-12T16:00:00+07:00' },
        dueDate: '2026-02-25',
      }),
    ).toEqual([
      'Thiếu mã thủ tục (procedureCode).',
      'Kênh tiếp nhận (channel) phải là một trong: online, counter, post.',
      'Thời điểm phải có dạng ISO 8601 kèm múi giờ, ví dụ "2026-02-13T09:30:00+07:00".',
    ]);
    expect(
      messages(PackageDossier, {
        code: 'H56.22-260213-0001',
        boardCode: 'TB',
        procedureCode: 'BQL-DT-02',
        channel: 'online',
        applicant: 'Công ty TNHH ABC',
        receivedAt: '2026-02-13T09:30:00+07:00',
        supplements: [{ requestedAt: '2026-02-24T10:00:00+07:00', suppliedAt: '2026-02-23T10:00:00+07:00' }],
        result: { kind: 'approved', at: '2026-02-12T16:00:00+07:00' },
      }),
    ).toEqual([
      'Thời điểm nộp hồ sơ bổ sung không được trước thời điểm yêu cầu bổ sung.',
      'Thời điểm có kết quả không được trước thời điểm tiếp nhận hồ sơ.',
    ]);
  });
});
