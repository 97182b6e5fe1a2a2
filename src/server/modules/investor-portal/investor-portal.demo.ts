/**
 * Public pages for four operating zones of the Thái Bình demo board (published) and one draft
 * (KCN Gia Lễ, never published). THE PRICES, CONTACTS AND TEXTS ARE INVENTED for the
 * demonstration: each price's source says "Dữ liệu minh họa", phone numbers and e-mail addresses
 * are of the reserved example domain. Loaded through the services (checked and audited);
 * deterministic; a board that already has a page is left alone.
 */
import { systemActor, type Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/database.ts';
import { listZones } from '../zones/index.ts';
import * as repo from './investor-portal.repository.ts';
import { PageContent } from './investor-portal.schemas.ts';
import { publishPublicPage, putPublicPage } from './investor-portal.service.ts';

export const INVESTOR_PORTAL_DEMO_SOURCE = 'Dữ liệu minh họa (demo data), không phải giá niêm yết';

interface DemoZone {
  code: string;
  publish: boolean;
  landRentUsd: string;
  factoryRentUsd: string;
  leaseTermEnd: string;
  minimumPlotM2: string;
  column: 'A' | 'B';
  power: string;
  lon: number;
  lat: number;
}

const ZONES: readonly DemoZone[] = [
  {
    code: 'TB-PK',
    publish: true,
    landRentUsd: '85',
    factoryRentUsd: '3.8',
    leaseTermEnd: '2053',
    minimumPlotM2: '5000',
    column: 'B',
    power: '2 × 40 MVA',
    lon: 106.3736,
    lat: 20.4612,
  },
  {
    code: 'TB-TH',
    publish: true,
    landRentUsd: '95',
    factoryRentUsd: '4.2',
    leaseTermEnd: '2057',
    minimumPlotM2: '10000',
    column: 'A',
    power: '2 × 63 MVA',
    lon: 106.5531,
    lat: 20.3975,
  },
  {
    code: 'TB-TT',
    publish: true,
    landRentUsd: '110',
    factoryRentUsd: '4.5',
    leaseTermEnd: '2068',
    minimumPlotM2: '10000',
    column: 'A',
    power: '2 × 63 MVA',
    lon: 106.2846,
    lat: 20.6121,
  },
  {
    code: 'TB-LHT',
    publish: true,
    landRentUsd: '120',
    factoryRentUsd: '4.8',
    leaseTermEnd: '2070',
    minimumPlotM2: '20000',
    column: 'A',
    power: '3 × 63 MVA',
    lon: 106.6012,
    lat: 20.5638,
  },
  {
    code: 'TB-GL',
    publish: false,
    landRentUsd: '80',
    factoryRentUsd: '3.5',
    leaseTermEnd: '2056',
    minimumPlotM2: '5000',
    column: 'B',
    power: '1 × 40 MVA',
    lon: 106.3312,
    lat: 20.4801,
  },
];

const AS_OF = '2025-01-01';

function contentOf(zone: DemoZone, name: string, developer: string | null): PageContent {
  const standard = `QCVN 40:2011/BTNMT cột ${zone.column}`;
  const price = (kind: string, value: string, unit: string) => ({
    kind,
    value,
    unit,
    asOf: AS_OF,
    source: INVESTOR_PORTAL_DEMO_SOURCE,
  });
  return PageContent.parse({
    vi: {
      summary: `${name} nằm trên địa bàn tỉnh Thái Bình, gần Quốc lộ 10 và cao tốc Ninh Bình – Hải Phòng; hạ tầng kỹ thuật đồng bộ, sẵn sàng đón nhà đầu tư (nội dung minh họa).`,
      infrastructure: {
        roads: 'Đường trục chính rộng 30 m, đường nhánh 16–18 m, kết nối Quốc lộ 10.',
        power: `Trạm biến áp 110/22 kV, công suất ${zone.power}.`,
        water: 'Nhà máy nước công suất 10.000 m³/ngày đêm.',
        drainage: `Nhà máy xử lý nước thải tập trung đạt ${standard}.`,
      },
      advantages: [
        'Gần cảng Hải Phòng khoảng 70 km',
        'Nguồn lao động dồi dào',
        'Thủ tục một cửa tại Ban Quản lý',
      ],
    },
    en: {
      summary: `${name} lies in Thái Bình province, near National Road 10 and the Ninh Bình – Hải Phòng expressway, with complete infrastructure ready for investors (illustrative content).`,
      infrastructure: {
        roads: 'Main roads 30 m wide, branch roads 16–18 m, connected to National Road 10.',
        power: `110/22 kV substation, ${zone.power}.`,
        water: 'Water plant of 10,000 m³ a day.',
        drainage: `Central wastewater treatment plant meeting ${standard}.`,
      },
      advantages: ['About 70 km from Hải Phòng port', 'Ample labour', 'One-stop procedures at the board'],
    },
    prices: [
      price('landRent', zone.landRentUsd, 'USD_M2_TERM'),
      price('factoryRent', zone.factoryRentUsd, 'USD_M2_MONTH'),
      price('managementFee', '12000', 'VND_M2_MONTH'),
      price('water', '13500', 'VND_M3'),
      price('wastewaterFee', '11000', 'VND_M3'),
    ],
    leaseTermEnd: zone.leaseTermEnd,
    minimumPlotM2: zone.minimumPlotM2,
    wastewaterStandard: standard,
    sectors: ['C26', 'C27', 'C13', 'C14', 'C28'],
    developer: developer ? { name: developer, website: null } : null,
    contacts: [
      {
        name: 'Phòng Xúc tiến đầu tư (minh họa)',
        position: 'Bộ phận tiếp đón nhà đầu tư',
        phone: '0227 000 0000',
        email: 'xuctien@example.vn',
      },
    ],
    mapPoint: { lon: zone.lon, lat: zone.lat },
  });
}

export interface InvestorPortalDemoSummary {
  published: number;
  drafts: number;
}

export async function loadInvestorPortalDemo(
  db: Db,
  board: { id: string; code: string },
  actor?: Actor,
): Promise<InvestorPortalDemoSummary> {
  const summary = { published: 0, drafts: 0 };
  const as = systemActor(actor?.label ?? 'demo', [board.id]);
  const { items } = await listZones(db, as, {
    boardId: [board.id],
    page: 1,
    pageSize: 500,
    sort: 'code',
    kind: undefined,
    status: undefined,
    asOf: undefined,
    q: undefined,
  });
  for (const demo of ZONES) {
    const zone = items.find((z) => z.code === demo.code);
    if (!zone || (await repo.findPage(db, zone.id))) continue;
    const page = await putPublicPage(db, as, zone.id, {
      version: 0,
      content: contentOf(demo, zone.name, zone.developer),
    });
    if (demo.publish) {
      await publishPublicPage(db, as, zone.id, page.version);
      summary.published += 1;
    } else summary.drafts += 1;
  }
  return summary;
}
