import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { useListParams } from '../../shared/list-params.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { AmountInput, isAmount } from './AmountInput.tsx';
import { EditModal } from './EditModal.tsx';
import { LoadFailed, SettingsRecordsPage, type RecordsContext } from './SettingsFrame.tsx';
import { INDICATORS, useRefreshSettings, useTargets, type Indicator, type Target } from './settings.api.ts';
import { useSettingsWords } from './words.ts';

/** Chỉ tiêu kế hoạch: the board's yearly targets, an amount or a growth, each in its unit. */
export function Component() {
  return (
    <SettingsRecordsPage<Target> section="targets" entityType="board_target">
      {(context) => <Targets {...context} />}
    </SettingsRecordsPage>
  );
}

/** The target in words and, for money, as the reports shorten it. */
export function AmountCell({ indicator, value }: { indicator: string; value: string }) {
  const words = useSettingsWords();
  const short = words.short(indicator, value);
  return (
    <>
      <div style={{ whiteSpace: 'nowrap' }}>{words.amount(indicator, value)}</div>
      {short ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {short}
        </Typography.Text>
      ) : null}
    </>
  );
}

function Targets({ boardId, canWrite, editing, setEditing }: RecordsContext<Target>) {
  const { t } = useTranslation(['settings', 'common']);
  const { message } = App.useApp();
  const format = useFormat();
  const words = useSettingsWords();
  const targets = useTargets(boardId);
  const refresh = useRefreshSettings();
  const params = useListParams(['year'] as const);
  const year = params.values.year as string | undefined;
  const years = [...new Set((targets.data ?? []).map((row) => row.year))].sort((a, b) => b - a);
  const rows = (targets.data ?? [])
    .filter((row) => !year || String(row.year) === year)
    .sort((a, b) => b.year - a.year || INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator));

  const remove = useMutation({
    mutationFn: (row: Target) => api.delete('/targets/{id}', { path: { id: row.id } }),
    onSuccess: async () => {
      void message.success(t('settings:frame.deleted'));
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(t, error)),
  });

  if (targets.error) return <LoadFailed error={targets.error} />;
  return (
    <Card>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          value={year ? Number(year) : undefined}
          placeholder={t('settings:targets.allYears')}
          aria-label={t('settings:targets.year')}
          style={{ width: 180 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y?: number) => params.update({ year: y === undefined ? undefined : String(y) })}
        />
      </Flex>
      <Table<Target>
        rowKey="id"
        loading={targets.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings:targets.empty') }}
        aria-label={t('settings:targets.title')}
        columns={[
          { title: t('settings:targets.year'), dataIndex: 'year', width: 90 },
          {
            title: t('settings:targets.indicator'),
            dataIndex: 'indicator',
            render: (code: string) => words.indicator(code),
          },
          {
            title: t('settings:targets.target'),
            render: (_, row) =>
              row.targetValue !== null ? (
                <AmountCell indicator={row.indicator} value={row.targetValue} />
              ) : (
                t('settings:targets.growthValue', { pct: format.percent(row.targetGrowthPct) })
              ),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  align: 'right' as const,
                  render: (_: unknown, row: Target) => {
                    const name = `${words.indicator(row.indicator)} — ${row.year}`;
                    return (
                      <Flex gap={8} justify="flex-end">
                        <Button
                          icon={<EditOutlined />}
                          aria-label={`${t('common:actions.edit')} — ${name}`}
                          onClick={() => setEditing(row)}
                        >
                          {t('common:actions.edit')}
                        </Button>
                        <Popconfirm
                          title={t('settings:targets.deleteConfirm', {
                            indicator: words.indicator(row.indicator),
                            year: row.year,
                          })}
                          description={t('settings:targets.deleteHint')}
                          okText={t('common:actions.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common:actions.cancel')}
                          onConfirm={() => remove.mutateAsync(row)}
                        >
                          <Button
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('common:actions.delete')} — ${name}`}
                            loading={remove.isPending && remove.variables?.id === row.id}
                          />
                        </Popconfirm>
                      </Flex>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <EditTarget
          boardId={boardId}
          target={editing === 'new' ? null : editing}
          existing={targets.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}

interface TargetValues {
  year?: number | null;
  indicator?: Indicator;
  kind: 'value' | 'growth';
  targetValue?: string | null;
  targetGrowthPct?: number | null;
}

function EditTarget({
  boardId,
  target,
  existing,
  onClose,
}: {
  boardId: string;
  target: Target | null;
  existing: Target[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const format = useFormat();
  const [form] = Form.useForm<TargetValues>();
  const indicator = Form.useWatch('indicator', form);
  const kind = Form.useWatch('kind', form) ?? (target?.targetValue === null ? 'growth' : 'value');
  const year = Form.useWatch('year', form);
  const name = (values: { indicator?: string | undefined; year?: number | null | undefined }) => ({
    indicator: words.indicator(values.indicator ?? ''),
    year: values.year ?? '',
  });

  return (
    <EditModal<TargetValues>
      title={target ? t('settings:targets.editTitle', name(target)) : t('settings:targets.addTitle')}
      okText={target ? t('common:actions.save') : t('settings:targets.add')}
      form={form}
      initialValues={
        target
          ? {
              year: target.year,
              indicator: target.indicator,
              kind: target.targetValue === null ? 'growth' : 'value',
              targetValue: target.targetValue,
              targetGrowthPct: target.targetGrowthPct,
            }
          : { year: new Date().getFullYear(), kind: 'value' }
      }
      submit={(values) =>
        api.put('/targets', {
          body: {
            boardId,
            year: values.year,
            indicator: values.indicator,
            targetValue: values.kind === 'value' ? values.targetValue : null,
            targetGrowthPct: values.kind === 'growth' ? values.targetGrowthPct : null,
            version: target?.version,
          },
        })
      }
      onClose={onClose}
      done={
        target
          ? t('settings:targets.saved', name(target))
          : t('settings:targets.added', name({ indicator, year }))
      }
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="year"
          label={t('settings:targets.year')}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            { type: 'number', min: 1990, max: 2100, message: t('settings:targets.yearInvalid') },
          ]}
        >
          <InputNumber
            disabled={target !== null}
            precision={0}
            min={1990}
            max={2100}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item
          name="indicator"
          label={t('settings:targets.indicator')}
          style={{ flex: '1 1 240px' }}
          dependencies={['year']}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            {
              validator: (_, value: string | undefined) =>
                !target && value && existing.some((r) => r.indicator === value && r.year === year)
                  ? Promise.reject(new Error(t('settings:targets.exists', { year })))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select
            disabled={target !== null}
            showSearch={SEARCH_BY_LABEL}
            options={INDICATORS.map((code) => ({ value: code, label: words.indicator(code) }))}
            onChange={() => form.setFieldValue('targetValue', null)}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="kind" label={t('settings:targets.kind')}>
        <Radio.Group
          options={[
            { value: 'value', label: t('settings:targets.kindValue') },
            { value: 'growth', label: t('settings:targets.kindGrowth') },
          ]}
        />
      </Form.Item>
      {kind === 'value' ? (
        <Form.Item
          name="targetValue"
          label={t('settings:targets.value')}
          rules={[
            { required: true, message: t('settings:targets.valueRequired') },
            {
              validator: (_, value: unknown) =>
                value === null || value === undefined || isAmount(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('settings:frame.amountInvalid'))),
            },
          ]}
        >
          <AmountInput indicator={indicator} />
        </Form.Item>
      ) : (
        <Form.Item
          name="targetGrowthPct"
          label={t('settings:targets.growth')}
          extra={t('settings:targets.growthHint')}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            { type: 'number', min: -100, max: 1000, message: t('settings:targets.growthInvalid') },
          ]}
        >
          <InputNumber
            precision={2}
            min={-100}
            max={1000}
            decimalSeparator={format.locale === 'vi' ? ',' : '.'}
            suffix="%"
            style={{ width: 160 }}
          />
        </Form.Item>
      )}
    </EditModal>
  );
}
