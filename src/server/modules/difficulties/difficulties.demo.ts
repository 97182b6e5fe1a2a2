/**
 * Six difficulties of the demo board's enterprises, raised at the dialogue conferences of 2024
 * and 2025 or by letter, each routed, answered within the board's standard and confirmed
 * resolved: a history to look at, nothing open, nothing awaiting an answer.
 *
 * THE DIFFICULTIES AND ANSWERS ARE INVENTED for the demonstration (each content says "Dữ liệu
 * minh họa"). Loaded through the service, so every step is checked, has its event and is audited;
 * an answer date never passes the due date the service computed. Each confirmation is recorded
 * by staff on the day the enterprise gave it (at a meeting or by letter), never before the answer.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import type { DifficultyTopic, ResponsibleKind } from '../../../domain/difficulties.ts';
import { listEnterprises } from '../enterprises/index.ts';
import {
  answerDifficulty,
  confirmDifficulty,
  createDifficulty,
  listDifficulties,
  routeDifficulty,
} from './difficulties.service.ts';

export const DIFFICULTIES_DEMO_NOTE = 'Dữ liệu minh họa';

const DIALOGUE_2024 = 'Hội nghị đối thoại với doanh nghiệp trong các khu công nghiệp năm 2024';
const DIALOGUE_2025 = 'Hội nghị đối thoại với doanh nghiệp trong các khu công nghiệp năm 2025';

interface DemoDifficulty {
  /** The n-th enterprise of the board by name, after the first. */
  enterprise: number;
  topic: DifficultyTopic;
  channel: 'dialogue' | 'letter';
  occasion: string;
  raisedOn: string;
  title: string;
  content: string;
  responsibleKind: ResponsibleKind;
  responsible: string;
  routedOn: string;
  answeredOn: string;
  answer: string;
  /** The day the enterprise confirmed it resolved. */
  confirmedOn: string;
  feedback: string;
}

const DIFFICULTIES: readonly DemoDifficulty[] = [
  {
    enterprise: 6,
    topic: 'tax_customs',
    channel: 'dialogue',
    occasion: DIALOGUE_2024,
    raisedOn: '2024-05-16',
    title: 'Thời gian hoàn thuế giá trị gia tăng hàng xuất khẩu kéo dài',
    content:
      'Doanh nghiệp đề nghị rút ngắn thời gian giải quyết hồ sơ hoàn thuế giá trị gia tăng đối với hàng hóa xuất khẩu. (Dữ liệu minh họa)',
    responsibleKind: 'agency',
    responsible: 'Cục Thuế tỉnh Thái Bình',
    routedOn: '2024-05-20',
    answeredOn: '2024-06-05',
    answer:
      'Cục Thuế tỉnh đã rà soát, hồ sơ đủ điều kiện được giải quyết trong 06 ngày làm việc kể từ ngày nhận đủ hồ sơ. (Dữ liệu minh họa)',
    confirmedOn: '2024-06-20',
    feedback: 'Doanh nghiệp xác nhận đã được hoàn thuế. (Dữ liệu minh họa)',
  },
  {
    enterprise: 29,
    topic: 'labour',
    channel: 'dialogue',
    occasion: DIALOGUE_2024,
    raisedOn: '2024-05-16',
    title: 'Khó tuyển lao động kỹ thuật, đề nghị hỗ trợ kết nối cơ sở đào tạo nghề',
    content:
      'Doanh nghiệp thiếu thợ vận hành máy và kỹ thuật viên điện, đề nghị hỗ trợ kết nối với các trường cao đẳng nghề trong tỉnh. (Dữ liệu minh họa)',
    responsibleKind: 'agency',
    responsible: 'Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình',
    routedOn: '2024-05-20',
    answeredOn: '2024-06-07',
    answer:
      'Sở đã giới thiệu doanh nghiệp tham gia phiên giao dịch việc làm tháng 6 và kết nối với 02 trường cao đẳng nghề. (Dữ liệu minh họa)',
    confirmedOn: '2024-07-15',
    feedback: 'Đã tuyển được lao động qua phiên giao dịch việc làm. (Dữ liệu minh họa)',
  },
  {
    enterprise: 53,
    topic: 'infrastructure',
    channel: 'dialogue',
    occasion: DIALOGUE_2024,
    raisedOn: '2024-05-16',
    title: 'Thiếu đèn chiếu sáng tuyến đường nội bộ dẫn vào nhà xưởng',
    content:
      'Tuyến đường nội bộ dẫn vào khu nhà xưởng chưa có đèn chiếu sáng, người lao động đi ca đêm gặp khó khăn. (Dữ liệu minh họa)',
    responsibleKind: 'department',
    responsible: 'Phòng Quản lý quy hoạch và xây dựng',
    routedOn: '2024-05-17',
    answeredOn: '2024-05-29',
    answer:
      'Ban đã làm việc với chủ đầu tư hạ tầng; hệ thống đèn chiếu sáng tuyến đường được lắp đặt xong trong tháng 7. (Dữ liệu minh họa)',
    confirmedOn: '2024-07-31',
    feedback: 'Đèn chiếu sáng đã hoạt động. (Dữ liệu minh họa)',
  },
  {
    enterprise: 88,
    topic: 'land',
    channel: 'letter',
    occasion: '',
    raisedOn: '2024-08-19',
    title: 'Đề nghị hướng dẫn thủ tục cấp giấy chứng nhận quyền sử dụng đất phần diện tích thuê lại',
    content:
      'Doanh nghiệp có văn bản đề nghị hướng dẫn hồ sơ cấp giấy chứng nhận quyền sử dụng đất đối với diện tích thuê lại của chủ đầu tư hạ tầng. (Dữ liệu minh họa)',
    responsibleKind: 'agency',
    responsible: 'Sở Tài nguyên và Môi trường tỉnh Thái Bình',
    routedOn: '2024-08-20',
    answeredOn: '2024-09-06',
    answer:
      'Sở đã có văn bản hướng dẫn thành phần hồ sơ và nơi tiếp nhận; thời hạn giải quyết theo quy định. (Dữ liệu minh họa)',
    confirmedOn: '2024-10-10',
    feedback: 'Doanh nghiệp đã nộp hồ sơ theo hướng dẫn. (Dữ liệu minh họa)',
  },
  {
    enterprise: 140,
    topic: 'procedure',
    channel: 'letter',
    occasion: '',
    raisedOn: '2024-10-07',
    title: 'Đề nghị hướng dẫn điều chỉnh giấy chứng nhận đăng ký đầu tư khi tăng vốn',
    content:
      'Doanh nghiệp dự kiến tăng vốn đầu tư để mở rộng dây chuyền, đề nghị hướng dẫn thủ tục điều chỉnh giấy chứng nhận đăng ký đầu tư. (Dữ liệu minh họa)',
    responsibleKind: 'department',
    responsible: 'Phòng Quản lý đầu tư',
    routedOn: '2024-10-08',
    answeredOn: '2024-10-17',
    answer:
      'Ban đã hướng dẫn hồ sơ điều chỉnh dự án đầu tư và tiếp nhận qua bộ phận một cửa của Ban. (Dữ liệu minh họa)',
    confirmedOn: '2024-12-05',
    feedback: 'Doanh nghiệp đã được điều chỉnh giấy chứng nhận. (Dữ liệu minh họa)',
  },
  {
    enterprise: 201,
    topic: 'environment',
    channel: 'dialogue',
    occasion: DIALOGUE_2025,
    raisedOn: '2025-04-17',
    title: 'Đề nghị hướng dẫn hồ sơ đấu nối nước thải vào nhà máy xử lý tập trung',
    content:
      'Doanh nghiệp mới đi vào hoạt động đề nghị hướng dẫn hồ sơ, tiêu chuẩn nước thải đầu vào khi đấu nối vào nhà máy xử lý nước thải tập trung. (Dữ liệu minh họa)',
    responsibleKind: 'department',
    responsible: 'Phòng Quản lý môi trường',
    routedOn: '2025-04-18',
    answeredOn: '2025-05-05',
    answer:
      'Ban đã hướng dẫn doanh nghiệp ký hợp đồng đấu nối với đơn vị vận hành và giới hạn nước thải đầu vào theo quy định của khu công nghiệp. (Dữ liệu minh họa)',
    confirmedOn: '2025-06-12',
    feedback: 'Doanh nghiệp đã đấu nối. (Dữ liệu minh họa)',
  },
];

export interface DifficultiesDemoSummary {
  difficulties: number;
  resolved: number;
}

const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);
const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);

/**
 * Loads the difficulties into the board, each routed, answered and confirmed. Does nothing when
 * the board already has a difficulty.
 */
export async function loadDifficultiesDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<DifficultiesDemoSummary> {
  const summary = { difficulties: 0, resolved: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  if ((await listDifficulties(db, as, { board: board.code, page: 1, pageSize: 1 })).total > 0) return summary;
  const { items: enterprises } = await listEnterprises(db, as, { boardId: board.id, page: 1, pageSize: 500 });
  // The first enterprise by name is left alone (a browser journey gives it an account of its own).
  if (enterprises.length < 2) return summary;

  for (const d of DIFFICULTIES) {
    const enterprise = enterprises[1 + (d.enterprise % (enterprises.length - 1))]!;
    let difficulty = await createDifficulty(db, as, {
      enterpriseId: enterprise.id,
      topic: d.topic,
      title: d.title,
      content: d.content,
      channel: d.channel,
      occasion: d.occasion,
      raisedOn: d.raisedOn,
    });
    summary.difficulties++;
    difficulty = await routeDifficulty(db, as, difficulty.id, {
      version: difficulty.version,
      responsibleKind: d.responsibleKind,
      responsible: d.responsible,
      routedOn: d.routedOn,
    });
    difficulty = await answerDifficulty(db, as, difficulty.id, {
      version: difficulty.version,
      answer: d.answer,
      answeredOn: earlier(d.answeredOn, difficulty.answerDueOn),
    });
    difficulty = await confirmDifficulty(db, as, difficulty.id, {
      version: difficulty.version,
      feedback: d.feedback,
      confirmedOn: later(d.confirmedOn, difficulty.answeredOn),
    });
    if (difficulty.status === 'resolved') summary.resolved++;
  }
  return summary;
}
