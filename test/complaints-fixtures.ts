/**
 * One board's records in every table of the complaints module, made through the API as its staff
 * make them: a denunciation received with its reporter (complaints, complaint_reporters),
 * assigned to the staff member, accepted, settled and published. Used where a suite needs such
 * records to exist (tenancy, backup and restore).
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface ComplaintsRecords {
  complaint: string;
  reference: string;
  /** The reporter's name and identity number: no answer but the reporter route may hold them. */
  reporterName: string;
  reporterIdentity: string;
}

export async function createComplaintsRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<ComplaintsRecords> {
  const ok = (response: ApiResponse, status = 200) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body;
  };
  const reporterName = `Người tố cáo ${label}`;
  const reporterIdentity = `0340${label.replace(/\W/g, '').toUpperCase().padEnd(8, '7').slice(0, 8)}`;
  let c = ok(
    await staff.api.post('/api/v1/complaints', {
      board,
      kind: 'denunciation',
      channel: 'post',
      receivedOn: '2026-03-02',
      subject: `Tố cáo xả thải ${label}`,
      content: `Doanh nghiệp xả nước thải chưa xử lý ra kênh (${label}).`,
      field: 'environment',
      respondent: `Công ty ${label}`,
      reporter: {
        fullName: reporterName,
        address: 'Thôn Đông, xã Tây',
        phone: '0912000111',
        email: 'nguoi.to.cao@example.vn',
        identityNumber: reporterIdentity,
      },
    }),
    201,
  );
  c = ok(
    await staff.api.post(`/api/v1/complaints/${c.id}/assign`, {
      version: c.version,
      handlerUserId: staff.id,
      department: 'Phòng Quản lý môi trường',
    }),
  );
  c = ok(
    await staff.api.post(`/api/v1/complaints/${c.id}/accept`, {
      version: c.version,
      acceptedOn: '2026-03-05',
    }),
  );
  c = ok(
    await staff.api.post(`/api/v1/complaints/${c.id}/settle`, {
      version: c.version,
      result: 'partly_upheld',
      resultSummary: 'Tố cáo đúng một phần; xử phạt vi phạm hành chính.',
      decisionNumber: `12/KL-BQL-${label}`,
      settledOn: '2026-04-01',
    }),
  );
  c = ok(
    await staff.api.post(`/api/v1/complaints/${c.id}/publish`, {
      version: c.version,
      publishedOn: '2026-04-03',
      publication: 'Niêm yết tại trụ sở Ban',
    }),
  );
  return { complaint: c.id, reference: c.reference, reporterName, reporterIdentity };
}
