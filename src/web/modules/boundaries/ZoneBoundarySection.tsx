import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { downloadFile } from '../../shared/download.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { boundaryGeoJsonUrl, useZoneBoundary, type BoundaryImport } from './boundaries.api.ts';
import { formatMeridian, trimFraction } from './boundary-format.ts';
import { ImportBoundaryModal } from './ImportBoundaryModal.tsx';

/** ECharts loads only when there is a boundary to draw. */
const BoundaryMap = lazy(() => import('./BoundaryMap.tsx'));

/** "VN-2000, kinh tuyến trục 105°30′, múi 3°" or "WGS84 (kinh độ, vĩ độ)". */
export function useCrsLabel() {
  const { t } = useTranslation('boundaries');
  return (entry: Pick<BoundaryImport, 'sourceCrs' | 'centralMeridian' | 'zoneWidth'>) =>
    entry.sourceCrs === 'VN-2000'
      ? t('boundaries:crsVn2000', {
          meridian: entry.centralMeridian === null ? '—' : formatMeridian(entry.centralMeridian),
          width: entry.zoneWidth ?? 3,
        })
      : t('boundaries:crsWgs84');
}

/**
 * Ranh giới, on the zone's page: the boundary now drawn from its GeoJSON (WGS84), its area on the
 * ellipsoid, the file's coordinate system and when it was imported, its GeoJSON to download; for
 * those who write, the import of a new file (the earlier ones stay as history).
 */
export default function ZoneBoundarySection({ zoneId, canWrite }: { zoneId: string; canWrite: boolean }) {
  const { t } = useTranslation(['boundaries', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const crsLabel = useCrsLabel();
  const boundary = useZoneBoundary(zoneId);
  const [importing, setImporting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const detail = boundary.data ?? null;
  /** "120,5 ha": at most 2 decimals, trailing zeros dropped. */
  const area = (value: string | null) =>
    value === null
      ? '—'
      : t('common:units.ha', {
          value: trimFraction(format.number(value, 2), format.locale === 'vi' ? ',' : '.'),
        });
  const current = detail?.current ?? null;

  /** The boundary's area against the planned one: " (ranh giới +1,2 %)". */
  function difference(computed: string | null, planned: string) {
    const c = Number(computed);
    const p = Number(planned);
    if (computed === null || !(p > 0)) return null;
    const share = (c - p) / p;
    return (
      <Typography.Text type={Math.abs(share) > 0.05 ? 'warning' : 'secondary'}>
        {' '}
        {t('boundaries:difference', {
          value: `${share > 0 ? '+' : share < 0 ? '−' : '±'}${format.percent(Math.abs(share) * 100)}`,
        })}
      </Typography.Text>
    );
  }

  async function download() {
    if (!detail) return;
    setDownloading(true);
    try {
      await downloadFile(boundaryGeoJsonUrl(zoneId), `ranh-gioi-${detail.zone.code}.geojson`);
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Card title={t('boundaries:title')} style={{ marginTop: 16 }}>
      {current || canWrite ? (
        <Space wrap style={{ marginBottom: 12 }}>
          {canWrite ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('boundaries:import')}
            </Button>
          ) : null}
          {current ? (
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
              {t('boundaries:download')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {boundary.isPending ? (
        <Spin />
      ) : boundary.error ? (
        <Alert
          type="warning"
          showIcon
          title={t('boundaries:loadError')}
          description={errorMessage(t, boundary.error)}
        />
      ) : !detail || !current ? (
        <Empty description={t('boundaries:empty')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Suspense fallback={<div style={{ height: 280 }} />}>
            <BoundaryMap
              mapId={current.id}
              name={detail.zone.name}
              geometry={current.geometry}
              bbox={current.bbox}
              label={t('boundaries:mapLabel', { name: detail.zone.name, area: area(current.areaHa) })}
            />
          </Suspense>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'area',
                label: t('boundaries:area'),
                children: <span title={t('boundaries:areaHint')}>{area(current.areaHa)}</span>,
              },
              {
                key: 'planned',
                label: t('boundaries:plannedArea'),
                children: (
                  <>
                    {area(detail.zone.areaHa)}
                    {difference(current.areaHa, detail.zone.areaHa)}
                  </>
                ),
              },
              { key: 'crs', label: t('boundaries:sourceCrs'), children: crsLabel(current) },
              {
                key: 'importedAt',
                label: t('boundaries:importedAt'),
                children: format.date(vietnamToday(new Date(current.importedAt))),
              },
              {
                key: 'importedBy',
                label: t('boundaries:importedBy'),
                children: current.importedBy?.fullName || current.importedBy?.username || '—',
              },
              {
                key: 'vertices',
                label: t('boundaries:vertices'),
                children: format.number(current.vertexCount),
              },
              {
                key: 'file',
                label: t('boundaries:sourceFile'),
                children: <span style={{ wordBreak: 'break-all' }}>{current.sourceFileName ?? '—'}</span>,
              },
              ...(current.note
                ? [
                    {
                      key: 'note',
                      label: t('boundaries:note'),
                      span: 'filled' as const,
                      children: current.note,
                    },
                  ]
                : []),
            ]}
          />
          {detail.history.length > 1 ? (
            <details>
              <summary style={{ cursor: 'pointer' }}>
                {t('boundaries:history', { count: detail.history.length - 1 })}
              </summary>
              <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
                {detail.history.map((entry) => (
                  <li key={entry.id} style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }}>
                    <Space wrap size={[8, 0]}>
                      <Typography.Text>
                        {format.date(vietnamToday(new Date(entry.importedAt)))}
                      </Typography.Text>
                      {entry.id === current.id ? (
                        <Tag color="blue">{t('boundaries:historyCurrent')}</Tag>
                      ) : null}
                      <Typography.Text type="secondary">{crsLabel(entry)}</Typography.Text>
                      <Typography.Text type="secondary">{area(entry.areaHa)}</Typography.Text>
                      {entry.sourceFileName ? (
                        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                          {entry.sourceFileName}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </Space>
      )}
      {importing ? <ImportBoundaryModal zoneId={zoneId} onClose={() => setImporting(false)} /> : null}
    </Card>
  );
}
