/**
 * Four complaints, denunciations and petitions of 2024–2025 for the demo board, each accepted,
 * settled on time and its result published: a history to look at, nothing left to do.
 *
 * THE CASES, PEOPLE AND DOCUMENT NUMBERS ARE INVENTED for the demonstration (each content says
 * "Dữ liệu minh họa"; the reporters' names are plainly made up). Loaded through the service, so
 * every deadline is computed on the one-stop calendar and every step audited; a settlement date
 * never passes the deadline the service computed.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type {
  ComplaintChannel,
  ComplaintField,
  ComplaintKind,
  ComplaintResult,
} from '../../../domain/complaints.ts';
import { listEnterprises } from '../enterprises/index.ts';
import {
  acceptComplaint,
  createComplaint,
  listComplaints,
  publishComplaint,
  settleComplaint,
  updateComplaint,
} from './complaints.service.ts';

export const COMPLAINTS_DEMO_NOTE = 'Dữ liệu minh họa';

const PUBLICATION =
  'Niêm yết tại trụ sở Ban Quản lý và đăng trên Cổng thông tin điện tử của Ban (dữ liệu minh họa).';

interface DemoCase {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  field: ComplaintField;
  receivedOn: string;
  acceptedOn: string;
  settledOn: string;
  publishedOn: string;
  /** Against an enterprise of the board: the n-th by name after the first; else `respondent`. */
  enterprise?: number;
  respondent: string;
  department: string;
  subject: string;
  content: string;
  reporter: { fullName: string; address: string };
  result: ComplaintResult;
  resultSummary: string;
  decisionNumber: string;
}

const CASES: readonly DemoCase[] = [
  {
    kind: 'petition',
    channel: 'hotline',
    field: 'environment',
    receivedOn: '2024-04-08',
    acceptedOn: '2024-04-09',
    settledOn: '2024-04-19',
    publishedOn: '2024-04-24',
    enterprise: 12,
    respondent: '',
    department: 'Phòng Quản lý môi trường',
    subject: 'Phản ánh mùi hôi từ khu vực chứa chất thải của doanh nghiệp',
    content:
      'Người dân thôn giáp ranh khu công nghiệp phản ánh mùi hôi phát sinh vào buổi tối từ khu vực chứa chất thải của doanh nghiệp. (Dữ liệu minh họa)',
    reporter: { fullName: 'Nguyễn Văn Mẫu', address: 'Thôn Minh Họa, xã Ví Dụ (địa chỉ minh họa)' },
    result: 'partly_upheld',
    resultSummary:
      'Kiểm tra thực tế: khu chứa chất thải chưa được che chắn kín; doanh nghiệp đã khắc phục trong 05 ngày. Không phát hiện xả thải trái phép. (Dữ liệu minh họa)',
    decisionNumber: '45/TB-BQL',
  },
  {
    kind: 'complaint',
    channel: 'direct',
    field: 'construction',
    receivedOn: '2024-09-09',
    acceptedOn: '2024-09-16',
    settledOn: '2024-10-21',
    publishedOn: '2024-10-25',
    respondent: 'Phòng Quản lý quy hoạch và xây dựng (văn bản trả lại hồ sơ cấp giấy phép xây dựng)',
    department: 'Văn phòng Ban',
    subject: 'Khiếu nại việc trả lại hồ sơ đề nghị cấp giấy phép xây dựng nhà xưởng',
    content:
      'Người đại diện theo ủy quyền của doanh nghiệp khiếu nại văn bản trả lại hồ sơ đề nghị cấp giấy phép xây dựng nhà xưởng giai đoạn 2. (Dữ liệu minh họa)',
    reporter: { fullName: 'Trần Thị Minh Họa', address: 'Số 1 phố Giả Định (địa chỉ minh họa)' },
    result: 'not_upheld',
    resultSummary:
      'Hồ sơ thiếu thiết kế phòng cháy, chữa cháy đã được thẩm duyệt; việc trả lại hồ sơ là đúng quy định. (Dữ liệu minh họa)',
    decisionNumber: '112/QĐ-BQL',
  },
  {
    kind: 'denunciation',
    channel: 'post',
    field: 'labour',
    receivedOn: '2025-03-10',
    acceptedOn: '2025-03-14',
    settledOn: '2025-04-18',
    publishedOn: '2025-04-25',
    enterprise: 47,
    respondent: '',
    department: 'Phòng Quản lý doanh nghiệp và lao động',
    subject: 'Tố cáo doanh nghiệp không ký hợp đồng lao động, không đóng bảo hiểm xã hội cho người lao động',
    content:
      'Tố cáo doanh nghiệp sử dụng một số người lao động thời vụ quá 01 tháng mà không ký hợp đồng lao động, không đóng bảo hiểm xã hội. (Dữ liệu minh họa)',
    reporter: { fullName: 'Lê Văn Thử Nghiệm', address: 'Địa chỉ minh họa' },
    result: 'partly_upheld',
    resultSummary:
      'Có 06 người lao động chưa được ký hợp đồng đúng hạn; doanh nghiệp đã ký hợp đồng và truy đóng bảo hiểm xã hội. Nội dung còn lại không có cơ sở. (Dữ liệu minh họa)',
    decisionNumber: '27/KL-BQL',
  },
  {
    kind: 'petition',
    channel: 'online',
    field: 'construction',
    receivedOn: '2025-05-12',
    acceptedOn: '2025-05-13',
    settledOn: '2025-05-22',
    publishedOn: '2025-05-27',
    respondent: 'Chủ đầu tư hạ tầng khu công nghiệp',
    department: 'Phòng Quản lý quy hoạch và xây dựng',
    subject: 'Kiến nghị khắc phục ngập úng đường nội bộ khu công nghiệp khi mưa lớn',
    content:
      'Người lao động kiến nghị khắc phục tình trạng ngập úng đoạn đường nội bộ gần cổng phụ khu công nghiệp sau các trận mưa lớn. (Dữ liệu minh họa)',
    reporter: { fullName: 'Phạm Thị Ví Dụ', address: 'Địa chỉ minh họa' },
    result: 'upheld',
    resultSummary:
      'Ban đã yêu cầu chủ đầu tư hạ tầng nạo vét cống thoát nước và nâng cốt đoạn đường; hoàn thành trước mùa mưa bão. (Dữ liệu minh họa)',
    decisionNumber: '318/BQL-QLQHXD',
  },
];

export interface ComplaintsDemoSummary {
  complaints: number;
  published: number;
}

const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);

/**
 * Loads the cases into the board, each received, accepted, settled and published. Does nothing
 * when the board already has a complaint.
 */
export async function loadComplaintsDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<ComplaintsDemoSummary> {
  const summary = { complaints: 0, published: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  if ((await listComplaints(db, as, { board: board.code, page: 1, pageSize: 1 })).total > 0) return summary;
  const { items: enterprises } = await listEnterprises(db, as, { boardId: board.id, page: 1, pageSize: 100 });

  for (const c of CASES) {
    const enterprise =
      c.enterprise === undefined || enterprises.length < 2
        ? undefined
        : enterprises[1 + (c.enterprise % (enterprises.length - 1))];
    let complaint = await createComplaint(db, as, {
      board: board.code,
      kind: c.kind,
      channel: c.channel,
      receivedOn: c.receivedOn,
      subject: c.subject,
      content: c.content,
      field: c.field,
      ...(enterprise ? { respondentEnterpriseId: enterprise.id } : {}),
      respondent: enterprise ? '' : c.respondent,
      reporter: c.reporter,
    });
    complaint = await updateComplaint(db, as, complaint.id, {
      version: complaint.version,
      department: c.department,
    });
    complaint = await acceptComplaint(db, as, complaint.id, {
      version: complaint.version,
      acceptedOn: earlier(c.acceptedOn, complaint.acceptDueOn),
    });
    complaint = await settleComplaint(db, as, complaint.id, {
      version: complaint.version,
      result: c.result,
      resultSummary: c.resultSummary,
      decisionNumber: c.decisionNumber,
      settledOn: earlier(c.settledOn, complaint.settleDueOn),
    });
    summary.complaints++;
    complaint = await publishComplaint(db, as, complaint.id, {
      version: complaint.version,
      publishedOn: c.publishedOn,
      publication: PUBLICATION,
    });
    summary.published++;
  }
  return summary;
}
