import { ApiOutlined, DisconnectOutlined, EditOutlined, ExperimentOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SAMPLE_KINDS, SAMPLE_POINTS } from '../../../domain/wastewater.ts';
import { useCan, useSession } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  useAddSample,
  useConnect,
  useEndConnection,
  useEnterpriseChoices,
  usePlant,
  useSeries,
  useStandard,
  type MonitoringSample,
  type PlantDetail,
  type SampleKind,
  type SamplePoint,
  type SampleResult,
  type WastewaterConnection,
} from './environment.api.ts';
import { decimalText, PlantFormModal } from './PlantForm.tsx';

const ParameterLineChart = lazy(() => import('./LineChart.tsx'));

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');

/** One wastewater plant: details, permits, connected enterprises, samples and a parameter's chart. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const me = useSession();
  const canManage = useCan('environment.manage');
  const plant = usePlant(id);
  const [editing, setEditing] = useState(false);
  const [connecting, setConnecting] = useState(false);
  const [ending, setEnding] = useState<WastewaterConnection | null>(null);
  const [sampling, setSampling] = useState(false);

  if (plant.error) return <Alert type="error" showIcon title={errorMessage(t, plant.error)} />;
  if (!plant.data) return <Skeleton active />;
  const p = plant.data;
  const board = me.visibleBoards.find((b) => b.id === p.boardId);
  const limitText = (min: string | null, max: string | null) =>
    min !== null && max !== null
      ? `${format.number(min)} – ${format.number(max)}`
      : max !== null
        ? `≤ ${format.number(max)}`
        : min !== null
          ? `≥ ${format.number(min)}`
          : '—';

  return (
    <>
      <PageTitle
        title={p.name}
        subtitle={`${p.zone.code} — ${p.zone.name}`}
        extra={
          canManage ? (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('environment:plants.edit')}
              </Button>
              <Button icon={<ApiOutlined />} onClick={() => setConnecting(true)}>
                {t('environment:plant.connect')}
              </Button>
              <Button type="primary" icon={<ExperimentOutlined />} onClick={() => setSampling(true)}>
                {t('environment:plant.addSample')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Card title={t('environment:plant.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 3 }}>
          <Descriptions.Item label={t('environment:fields.capacity')}>
            {format.number(p.capacityM3PerDay)}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.status')}>
            {t(`environment:statuses.${p.status}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.standard')}>
            {p.standard?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.kq')}>
            {p.kq ? format.number(p.kq) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.kf')}>
            {p.kf ? format.number(p.kf) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.operator')}>{p.operator || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.commissionedOn')}>
            {format.date(p.commissionedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.receivingWater')}>
            {p.receivingWater || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('environment:fields.connectionRate')}>
            {t('environment:plants.rate', {
              connected: p.zoneConnectedEnterprises,
              operating: p.zoneOperatingEnterprises,
              rate: format.percent(p.zoneConnectionRate),
            })}
          </Descriptions.Item>
        </Descriptions>
        {p.note ? <Typography.Paragraph>{p.note}</Typography.Paragraph> : null}
        <Typography.Title level={5}>{t('environment:fields.permits')}</Typography.Title>
        <Table
          rowKey={(r) => `${r.kind}/${r.number}`}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={p.permits}
          locale={{ emptyText: t('environment:plant.noPermits') }}
          columns={[
            { title: t('environment:fields.permitKind'), dataIndex: 'kind' },
            { title: t('environment:fields.permitNumber'), dataIndex: 'number' },
            {
              title: t('environment:fields.permitIssuedOn'),
              dataIndex: 'issuedOn',
              render: (d: string) => format.date(d),
            },
            { title: t('environment:fields.permitIssuer'), dataIndex: 'issuer' },
            {
              title: t('environment:fields.permitValidUntil'),
              dataIndex: 'validUntil',
              render: (d: string | null) => format.date(d),
            },
          ]}
        />
      </Card>

      <Card title={t('environment:plant.connections')} size="small" style={{ marginBottom: 16 }}>
        <Table<WastewaterConnection>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={p.connections}
          locale={{ emptyText: t('environment:plant.noConnections') }}
          columns={[
            {
              title: t('environment:fields.enterprise'),
              render: (_, c) => `${c.enterprise.name} (${c.enterprise.taxCode})`,
            },
            {
              title: t('environment:fields.connectedOn'),
              dataIndex: 'connectedOn',
              render: (d: string) => format.date(d),
            },
            {
              title: t('environment:fields.disconnectedOn'),
              render: (_, c) =>
                c.disconnectedOn ? (
                  format.date(c.disconnectedOn)
                ) : canManage ? (
                  <Button size="small" icon={<DisconnectOutlined />} onClick={() => setEnding(c)}>
                    {t('environment:plant.end')}
                  </Button>
                ) : (
                  <Tag color="green">{t('environment:plant.stillConnected')}</Tag>
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('environment:plant.samples')} size="small" style={{ marginBottom: 16 }}>
        <SamplesTable samples={p.latestSamples} limitText={limitText} />
      </Card>

      <Card title={t('environment:plant.chart')} size="small">
        <SeriesChart plant={p} />
      </Card>

      {editing && board ? (
        <PlantFormModal
          boardId={board.id}
          boardCode={board.code}
          plant={p}
          onClose={(saved) => {
            setEditing(false);
            if (saved) void message.success(t('environment:saved'));
          }}
        />
      ) : null}
      {connecting ? <ConnectModal plant={p} onClose={() => setConnecting(false)} /> : null}
      {ending ? <EndModal connection={ending} onClose={() => setEnding(null)} /> : null}
      {sampling ? <SampleModal plant={p} onClose={() => setSampling(false)} /> : null}
    </>
  );
}

function SamplesTable({
  samples,
  limitText,
}: {
  samples: MonitoringSample[];
  limitText: (min: string | null, max: string | null) => string;
}) {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  return (
    <Table<MonitoringSample>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={samples}
      locale={{ emptyText: t('environment:plant.noSamples') }}
      expandable={{
        expandedRowRender: (s) => (
          <Table<SampleResult>
            rowKey="parameterCode"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.results}
            columns={[
              { title: t('environment:fields.parameter'), dataIndex: 'parameterName' },
              {
                title: t('environment:fields.value'),
                align: 'right',
                render: (_, r) => (
                  <Typography.Text type={r.exceeds ? 'danger' : undefined} strong={r.exceeds}>
                    {format.number(r.value)}
                  </Typography.Text>
                ),
              },
              { title: t('environment:fields.unit'), dataIndex: 'unit' },
              { title: t('environment:fields.limit'), render: (_, r) => limitText(r.limitMin, r.limitMax) },
              {
                title: '',
                render: (_, r) => (r.exceeds ? <Tag color="red">{t('environment:exceeds')}</Tag> : null),
              },
            ]}
          />
        ),
      }}
      columns={[
        {
          title: t('environment:fields.sampledOn'),
          dataIndex: 'sampledOn',
          render: (d: string) => format.date(d),
        },
        {
          title: t('environment:fields.point'),
          dataIndex: 'point',
          render: (v: SamplePoint) => t(`environment:points.${v}`),
        },
        {
          title: t('environment:fields.kind'),
          dataIndex: 'kind',
          render: (v: SampleKind) => t(`environment:kinds.${v}`),
          responsive: ['md'],
        },
        { title: t('environment:fields.laboratory'), dataIndex: 'laboratory', responsive: ['lg'] },
        {
          title: t('environment:fields.results'),
          render: (_, s) =>
            s.exceedances > 0 ? (
              <Space size={4} wrap>
                {s.results
                  .filter((r) => r.exceeds)
                  .map((r) => (
                    <Tag key={r.parameterCode} color="red">
                      {r.parameterName}: {format.number(r.value)}
                    </Tag>
                  ))}
              </Space>
            ) : (
              <Tag color="green">{t('environment:withinLimits')}</Tag>
            ),
        },
      ]}
    />
  );
}

/** A parameter of the plant over time against its limits; ECharts loaded when shown. */
function SeriesChart({ plant }: { plant: PlantDetail }) {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const codes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const s of plant.latestSamples)
      for (const r of s.results) seen.set(r.parameterCode, r.parameterName);
    return [...seen.entries()];
  }, [plant.latestSamples]);
  const [chosen, setChosen] = useState<string | undefined>();
  const parameter = chosen ?? (codes.find(([code]) => code === 'COD') ?? codes[0])?.[0];
  const series = useSeries(plant.id, parameter);
  if (codes.length === 0) return <Empty description={t('environment:plant.noSamples')} />;
  const data = series.data;
  const points = (data?.points ?? []).map((p) => ({
    label: format.date(p.sampledOn),
    value: Number(p.value),
    exceeds: p.exceeds,
  }));
  const limits = [
    ...(data?.limits?.max != null
      ? [{ label: t('environment:plant.limitMax'), value: Number(data.limits.max) }]
      : []),
    ...(data?.limits?.min != null
      ? [{ label: t('environment:plant.limitMin'), value: Number(data.limits.min) }]
      : []),
  ];
  return (
    <>
      <Select
        aria-label={t('environment:fields.parameter')}
        value={parameter}
        style={{ width: 260, maxWidth: '100%', marginBottom: 12 }}
        onChange={(v: string) => setChosen(v)}
        options={codes.map(([code, name]) => ({ value: code, label: name }))}
      />
      {series.error ? <Alert type="error" showIcon title={errorMessage(t, series.error)} /> : null}
      {points.length === 0 ? (
        <Empty description={t('environment:plant.chartEmpty')} />
      ) : (
        <Suspense fallback={<Skeleton active />}>
          <ParameterLineChart
            points={points}
            limits={limits}
            label={`${data?.parameter.name ?? ''} (${data?.parameter.unit ?? ''})`}
            unit={data?.parameter.unit ?? ''}
          />
        </Suspense>
      )}
    </>
  );
}

function ConnectModal({ plant, onClose }: { plant: PlantDetail; onClose: () => void }) {
  const { t } = useTranslation(['environment', 'common']);
  const enterprises = useEnterpriseChoices(plant.zone.id);
  const connect = useConnect(plant.id);
  return (
    <FormModal<{ enterpriseId: string; connectedOn: Dayjs | null; note?: string }>
      title={t('environment:plant.connect')}
      okText={t('common:actions.save')}
      initialValues={{ connectedOn: dayjs() }}
      send={(v) =>
        connect.mutateAsync({
          enterpriseId: v.enterpriseId,
          connectedOn: day(v.connectedOn),
          note: v.note ?? '',
        })
      }
      onClose={onClose}
    >
      <Form.Item name="enterpriseId" label={t('environment:fields.enterprise')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={enterprises.isLoading}
          options={(enterprises.data ?? []).map((e) => ({ value: e.id, label: `${e.name} (${e.taxCode})` }))}
        />
      </Form.Item>
      <Form.Item name="connectedOn" label={t('environment:fields.connectedOn')} rules={[{ required: true }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="note" label={t('environment:fields.note')}>
        <Input maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

function EndModal({ connection, onClose }: { connection: WastewaterConnection; onClose: () => void }) {
  const { t } = useTranslation(['environment', 'common']);
  const end = useEndConnection();
  return (
    <FormModal<{ disconnectedOn: Dayjs | null }>
      title={`${t('environment:plant.end')}: ${connection.enterprise.name}`}
      okText={t('environment:plant.end')}
      danger
      initialValues={{ disconnectedOn: dayjs() }}
      send={(v) =>
        end.mutateAsync({
          id: connection.id,
          version: connection.version,
          disconnectedOn: day(v.disconnectedOn),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="disconnectedOn"
        label={t('environment:fields.disconnectedOn')}
        rules={[{ required: true }]}
      >
        <DateField />
      </Form.Item>
    </FormModal>
  );
}

/** Kết quả quan trắc: a row per parameter of the plant's standard; empty rows are not sent. */
function SampleModal({ plant, onClose }: { plant: PlantDetail; onClose: () => void }) {
  const { t } = useTranslation(['environment', 'common']);
  const format = useFormat();
  const standard = useStandard(plant.standard?.id);
  const add = useAddSample(plant.id);
  const [empty, setEmpty] = useState(false);
  if (!plant.standard)
    return (
      <FormModal
        title={t('environment:plant.addSample')}
        okText={t('common:actions.back')}
        send={async () => undefined}
        onClose={onClose}
      >
        <Alert type="warning" showIcon title={t('environment:plant.noStandard')} />
      </FormModal>
    );
  type Values = {
    sampledOn: Dayjs | null;
    point: SamplePoint;
    kind: SampleKind;
    laboratory?: string;
    values?: Record<string, string | undefined>;
  };
  return (
    <FormModal<Values>
      title={t('environment:plant.addSample')}
      okText={t('common:actions.save')}
      width={720}
      hint={t('environment:plant.sampleHint')}
      initialValues={{ sampledOn: dayjs(), point: 'outlet', kind: 'periodic' }}
      send={async (v) => {
        const results = Object.entries(v.values ?? {}).flatMap(([parameterCode, value]) => {
          const text = decimalText(value);
          return text === null ? [] : [{ parameterCode, value: text }];
        });
        setEmpty(results.length === 0);
        if (results.length === 0) throw new Error(t('environment:plant.noValues'));
        return add.mutateAsync({
          sampledOn: day(v.sampledOn),
          point: v.point,
          kind: v.kind,
          laboratory: v.laboratory ?? '',
          results,
        });
      }}
      onClose={onClose}
    >
      <Space wrap align="start">
        <Form.Item name="sampledOn" label={t('environment:fields.sampledOn')} rules={[{ required: true }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="point" label={t('environment:fields.point')}>
          <Select
            style={{ width: 140 }}
            options={SAMPLE_POINTS.map((v) => ({ value: v, label: t(`environment:points.${v}`) }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('environment:fields.kind')}>
          <Select
            style={{ width: 200 }}
            options={SAMPLE_KINDS.map((v) => ({ value: v, label: t(`environment:kinds.${v}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="laboratory" label={t('environment:fields.laboratory')}>
        <Input maxLength={300} />
      </Form.Item>
      {empty ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('environment:plant.noValues')} />
      ) : null}
      {standard.isLoading ? (
        <Skeleton active />
      ) : (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content', y: 360 }}
          dataSource={standard.data?.parameters ?? []}
          columns={[
            { title: t('environment:fields.parameter'), dataIndex: 'name' },
            { title: t('environment:fields.unit'), dataIndex: 'unit' },
            {
              title: t('environment:fields.limit'),
              render: (_, p) =>
                p.minValue !== null && p.maxValue !== null
                  ? `${format.number(p.minValue)} – ${format.number(p.maxValue)}`
                  : p.maxValue !== null
                    ? `≤ ${format.number(p.maxValue)}${p.appliesKqKf ? ' × Kq × Kf' : ''}`
                    : `≥ ${format.number(p.minValue ?? '0')}`,
            },
            {
              title: t('environment:fields.value'),
              render: (_, p) => (
                <Form.Item name={['values', p.code]} noStyle>
                  <Input inputMode="decimal" aria-label={p.name} style={{ width: 110 }} />
                </Form.Item>
              ),
            },
          ]}
        />
      )}
    </FormModal>
  );
}
