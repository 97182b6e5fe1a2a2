import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../../test/test-app.ts';
import { convertWithLibreOffice, pdfPageCount } from '../../../../test/libreoffice.ts';
import { wordParagraphs, zipParts } from '../../../../test/office-files.ts';
import { createDossier, createOffice, createProcedure } from '../../../../test/one-stop-fixtures.ts';
import { DOCX_CONTENT_TYPE } from '../../kernel/documents/official-report.ts';

/**
 * A dossier's forms 01–04 (Circular 03/2025/TT-VPCP, Annex I) as Word documents: the right words
 * in each, LibreOffice opens them; who may read them; a form that does not apply.
 */
describe("a dossier's forms as Word documents", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let hyStaff: TestUser;
  let firmCookie: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    staff = await ctx.createUser({ role: 'staff', board: 'TB' });
    hyStaff = await ctx.createUser({ role: 'staff', board: 'HY' });
    const tb = await ctx.createBoard('TB');
    const db = ctx.database.db;

    // An enterprise with an account, owning one dossier.
    const zone = await staff.api.post('/api/v1/zones', {
      code: 'TB-PK',
      name: 'KCN Phúc Khánh',
      kind: 'KCN',
      status: 'operating',
      areaHa: '120.5',
    });
    const enterprise = async (taxCode: string, name: string) => {
      const res = await staff.api.post('/api/v1/enterprises', {
        taxCode,
        name,
        zoneId: zone.body.id,
        investmentType: 'FDI',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const mine = await enterprise('1000000001', 'Công ty TNHH May Thái Bình');
    const theirs = await enterprise('1000000002', 'Công ty CP Điện tử Đông Á');
    const account = await staff.api.post(`/api/v1/enterprises/${mine}/accounts`, {
      username: 'dn.maythaibinh',
      fullName: 'Kế toán May Thái Bình',
    });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'dn.maythaibinh', password: account.body.password }),
    });
    expect(login.statusCode).toBe(200);
    firmCookie = `kcn_session=${login.cookies.find((c) => c.name === 'kcn_session')!.value}`;

    await createOffice(db, {
      boardId: tb.id,
      codePrefix: 'H56.22',
      counterName: 'Bộ phận Một cửa Ban Quản lý các KCN tỉnh Thái Bình',
      address: 'Số 8 Lý Bôn, thành phố Thái Bình',
      phone: '0227 3831 234',
    });
    const procedure = await createProcedure(db, {
      boardId: tb.id,
      code: 'BQL-DT-02',
      name: 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
      deadline: { value: 3, unit: 'working_days' },
      documents: [
        { name: 'Văn bản đề nghị điều chỉnh dự án đầu tư', originals: 1, copies: 0 },
        { name: 'Báo cáo tình hình triển khai dự án', originals: 1, copies: 1 },
      ],
    });
    const three = { value: 3, unit: 'working_days' as const };
    ids.received = (
      await createDossier(db, {
        procedure,
        code: 'H56.22-260213-0001',
        applicant: 'Công ty TNHH May Thái Bình',
        enterpriseId: mine,
        deadline: three,
        receivedAt: '2026-02-13T09:30:00+07:00',
        receivedBy: 'Trần Thị Một Cửa',
        supplements: [
          {
            requestedAt: '2026-02-23T10:00:00+07:00',
            suppliedAt: '2026-02-24T08:00:00+07:00',
            reason: 'Thiếu bản sao hợp đồng thuê đất.',
          },
          {
            requestedAt: '2026-02-25T10:00:00+07:00',
            reason: 'Bổ sung báo cáo tài chính năm 2025 có kiểm toán.',
          },
        ],
      })
    ).id;
    ids.refused = (
      await createDossier(db, {
        procedure,
        code: 'H56.22-260301-0002',
        channel: 'online',
        applicant: 'Công ty CP Điện tử Đông Á',
        enterpriseId: theirs,
        deadline: three,
        receivedAt: null,
        status: 'not_accepted',
        notAcceptedReason: 'Hồ sơ không thuộc thẩm quyền giải quyết của Ban Quản lý.',
      })
    ).id;
    ids.late = (
      await createDossier(db, {
        procedure,
        code: 'H56.22-260302-0003',
        applicant: 'Công ty CP Điện tử Đông Á',
        enterpriseId: theirs,
        deadline: three,
        receivedAt: '2026-03-02T08:00:00+07:00',
        dueDate: '2026-03-05',
        apology: {
          at: '2026-03-06T09:00:00+07:00',
          reason: 'Cần lấy ý kiến của Sở Tài nguyên và Môi trường.',
          newDate: '2026-03-13',
        },
      })
    ).id;
  });
  afterAll(() => ctx.close());

  const form = (cookie: string, id: string, number: string) =>
    ctx.app.inject({ url: `/api/v1/dossiers/${id}/forms/${number}`, headers: { cookie } });
  const paragraphsOf = async (content: Buffer) =>
    wordParagraphs((await zipParts(content)).get('word/document.xml')!);

  it('writes form 01, the receipt and appointment slip, with the documents and the due date', async () => {
    const response = await form(staff.cookie, ids.received!, '01');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="mau-01-giay-tiep-nhan-ho-so_H56.22-260213-0001.docx"',
    );
    const text = await paragraphsOf(response.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BAN QUẢN LÝ TB');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mã hồ sơ: H56.22-260213-0001');
    expect(text).toContain('ngày 13 tháng 02 năm 2026');
    expect(text).toContain(
      'Bộ phận Một cửa Ban Quản lý các KCN tỉnh Thái Bình — Ban Quản lý TB tiếp nhận hồ sơ của: Công ty TNHH May Thái Bình.',
    );
    expect(text).toContain(
      'Nội dung yêu cầu giải quyết: Điều chỉnh Giấy chứng nhận đăng ký đầu tư (mã thủ tục BQL-DT-02).',
    );
    expect(text).toContain('1. Văn bản đề nghị điều chỉnh dự án đầu tư: 1 bản chính, 0 bản sao.');
    expect(text).toContain('2. Báo cáo tình hình triển khai dự án: 1 bản chính, 1 bản sao.');
    expect(text).toContain('Thời gian giải quyết hồ sơ theo quy định: 3 ngày làm việc.');
    expect(text).toContain('Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 13/02/2026.');
    // 3 working days from Friday 13/2/2026 across Tết: 23, 24, 25/2.
    expect(text).toContain('Ngày hẹn trả kết quả: 25/02/2026.');
    expect(
      text.some(
        (p) => p.startsWith('Ngày hẹn trả kết quả được tính theo ngày làm việc') && p.includes('năm 2026'),
      ),
    ).toBe(true);
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Thị Một Cửa');
  });

  it('writes form 02 with the latest supplement request, 03 with the refusal, 04 with the apology and both dates', async () => {
    const two = await paragraphsOf((await form(staff.cookie, ids.received!, '02')).rawPayload);
    expect(two).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(two).toContain('Kính gửi: Công ty TNHH May Thái Bình.');
    expect(two).toContain(
      'Nội dung yêu cầu bổ sung, hoàn thiện: Bổ sung báo cáo tài chính năm 2025 có kiểm toán.',
    );
    expect(two.join('\n')).not.toContain('hợp đồng thuê đất');
    expect(two).toContain('ngày 25 tháng 02 năm 2026');

    const three = await paragraphsOf((await form(staff.cookie, ids.refused!, '03')).rawPayload);
    expect(three).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(three).toContain(
      'Hồ sơ không được tiếp nhận giải quyết. Lý do: Hồ sơ không thuộc thẩm quyền giải quyết của Ban Quản lý.',
    );

    const four = await paragraphsOf((await form(staff.cookie, ids.late!, '04')).rawPayload);
    expect(four).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(four).toContain('V/v xin lỗi và hẹn lại ngày trả kết quả giải quyết hồ sơ');
    expect(four).toContain('Ngày hẹn trả kết quả theo quy định: 05/03/2026.');
    expect(four).toContain(
      'Đến nay, hồ sơ chưa được giải quyết xong trong thời hạn quy định. Lý do: Cần lấy ý kiến của Sở Tài nguyên và Môi trường.',
    );
    expect(four).toContain('Ngày hẹn trả kết quả mới: 13/03/2026.');
    expect(four).toContain('ngày 06 tháng 3 năm 2026');
  });

  it('refuses a form that does not apply (409), another board (404), an unknown form (400)', async () => {
    for (const [id, number] of [
      [ids.received!, '03'],
      [ids.received!, '04'],
      [ids.refused!, '01'],
      [ids.refused!, '02'],
      [ids.late!, '02'],
    ] as const) {
      const response = await form(staff.cookie, id, number);
      expect(response.statusCode, `${id} ${number}`).toBe(409);
      expect(response.json().error.code).toBe('DOSSIER_FORM_NOT_APPLICABLE');
    }
    const other = await form(hyStaff.cookie, ids.received!, '01');
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('DOSSIER_NOT_FOUND');
    expect((await form(staff.cookie, '00000000-0000-4000-8000-000000000000', '01')).statusCode).toBe(404);
    const unknown = await form(staff.cookie, ids.received!, '05');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    expect((await ctx.anonymous.get(`/api/v1/dossiers/${ids.received}/forms/01`)).status).toBe(401);
    // A viewer reads the board's records.
    const viewer = await ctx.createUser({ role: 'viewer', board: 'TB' });
    expect((await form(viewer.cookie, ids.received!, '01')).statusCode).toBe(200);
  });

  it("lets an enterprise read its own dossier's forms, never another's", async () => {
    expect((await form(firmCookie, ids.received!, '01')).statusCode).toBe(200);
    expect((await form(firmCookie, ids.received!, '02')).statusCode).toBe(200);
    const theirs = await form(firmCookie, ids.late!, '04');
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.code).toBe('DOSSIER_NOT_FOUND');
  });

  it('writes forms LibreOffice opens, A4', async () => {
    const files = await Promise.all(
      [
        [ids.received!, '01'],
        [ids.received!, '02'],
        [ids.refused!, '03'],
        [ids.late!, '04'],
      ].map(async ([id, number]) => ({
        number,
        content: (await form(staff.cookie, id!, number!)).rawPayload,
      })),
    );
    for (const file of files) {
      const pdf = await convertWithLibreOffice(file.content, `mau-${file.number}.docx`);
      expect(pdf.subarray(0, 5).toString(), file.number).toBe('%PDF-');
      expect(pdfPageCount(pdf), file.number).toBeGreaterThan(0);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 84[12](\.\d+)?\s*\]/);
    }
  }, 300_000);
});
