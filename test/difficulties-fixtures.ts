/**
 * One board's records in every table of the difficulties module, made through the API as its
 * staff make them: a difficulty recorded at a dialogue conference for the board's first
 * enterprise (difficulties, difficulty_events: raised), routed to a department, answered, and
 * its confirmation recorded. Used where a suite needs such records to exist (tenancy, backup and
 * restore). The board must have an enterprise.
 */
import { expect } from 'vitest';
import type { ApiResponse, TestContext, TestUser } from './test-app.ts';

export interface DifficultiesRecords {
  difficulty: string;
  enterprise: string;
  reference: string;
  /** The difficulty's title: no answer to another board may hold it. */
  title: string;
}

export async function createDifficultiesRecords(
  _ctx: TestContext,
  { staff, board, label }: { staff: TestUser; board: string; label: string },
): Promise<DifficultiesRecords> {
  const ok = (response: ApiResponse, status = 200) => {
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body;
  };
  const enterprise = ok(await staff.api.get('/api/v1/enterprises')).items[0]?.id;
  expect(enterprise, `board ${board} has an enterprise`).toBeTruthy();
  const title = `Chậm cấp nước sạch cho nhà xưởng ${label}`;
  let d = ok(
    await staff.api.post('/api/v1/difficulties', {
      enterpriseId: enterprise,
      topic: 'infrastructure',
      title,
      content: `Doanh nghiệp ${label} chưa được đấu nối nước sạch sau ba tháng đề nghị.`,
      channel: 'dialogue',
      occasion: `Hội nghị đối thoại doanh nghiệp quý I (${label})`,
      raisedOn: '2026-03-02',
    }),
    201,
  );
  d = ok(
    await staff.api.post(`/api/v1/difficulties/${d.id}/route`, {
      version: d.version,
      responsibleKind: 'department',
      responsible: 'Phòng Quản lý quy hoạch và xây dựng',
      routedOn: '2026-03-03',
    }),
  );
  d = ok(
    await staff.api.post(`/api/v1/difficulties/${d.id}/answer`, {
      version: d.version,
      answer: 'Đã làm việc với công ty cấp nước; đấu nối xong trong tháng 4.',
      answeredOn: '2026-03-10',
    }),
  );
  d = ok(
    await staff.api.post(`/api/v1/difficulties/${d.id}/confirm`, {
      version: d.version,
      feedback: 'Doanh nghiệp xác nhận tại buổi làm việc.',
    }),
  );
  expect(d.status).toBe('resolved');
  return { difficulty: d.id, enterprise, reference: d.reference, title };
}
