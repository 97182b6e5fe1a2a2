import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Popconfirm, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { AmountInput, isAmount } from './AmountInput.tsx';
import { EditModal } from './EditModal.tsx';
import { PeriodField } from './PeriodField.tsx';
import { LoadFailed, SettingsRecordsPage, type RecordsContext } from './SettingsFrame.tsx';
import {
  INDICATORS,
  useProvinceTotals,
  useRefreshSettings,
  type Indicator,
  type ProvinceTotal,
} from './settings.api.ts';
import { AmountCell } from './TargetsPage.tsx';
import { useSettingsWords } from './words.ts';

/** Số liệu toàn tỉnh: the province's own figures, for the zones' share in the production report. */
export function Component() {
  return (
    <SettingsRecordsPage<ProvinceTotal> section="province" entityType="province_total">
      {(context) => <Totals {...context} />}
    </SettingsRecordsPage>
  );
}

function Totals({ boardId, canWrite, editing, setEditing }: RecordsContext<ProvinceTotal>) {
  const { t } = useTranslation(['settings', 'common']);
  const { message } = App.useApp();
  const words = useSettingsWords();
  const totals = useProvinceTotals(boardId);
  const refresh = useRefreshSettings();
  const rows = [...(totals.data ?? [])].sort(
    (a, b) =>
      b.period.localeCompare(a.period) || INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator),
  );

  const remove = useMutation({
    mutationFn: (row: ProvinceTotal) => api.delete('/province-totals/{id}', { path: { id: row.id } }),
    onSuccess: async () => {
      void message.success(t('settings:frame.deleted'));
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(t, error)),
  });

  if (totals.error) return <LoadFailed error={totals.error} />;
  return (
    <Card>
      <Table<ProvinceTotal>
        rowKey="id"
        loading={totals.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings:province.empty') }}
        aria-label={t('settings:province.title')}
        columns={[
          {
            title: t('settings:province.period'),
            dataIndex: 'period',
            render: (p: string) => words.period(p),
          },
          {
            title: t('settings:province.indicator'),
            dataIndex: 'indicator',
            render: (code: string) => words.indicator(code),
          },
          {
            title: t('settings:province.value'),
            render: (_, row) => <AmountCell indicator={row.indicator} value={row.value} />,
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  align: 'right' as const,
                  render: (_: unknown, row: ProvinceTotal) => {
                    const name = {
                      indicator: words.indicator(row.indicator),
                      period: words.period(row.period),
                    };
                    return (
                      <Flex gap={8} justify="flex-end">
                        <Button
                          icon={<EditOutlined />}
                          aria-label={`${t('common:actions.edit')} — ${name.indicator}, ${name.period}`}
                          onClick={() => setEditing(row)}
                        >
                          {t('common:actions.edit')}
                        </Button>
                        <Popconfirm
                          title={t('settings:province.deleteConfirm', name)}
                          description={t('settings:province.deleteHint')}
                          okText={t('common:actions.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common:actions.cancel')}
                          onConfirm={() => remove.mutateAsync(row)}
                        >
                          <Button
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('common:actions.delete')} — ${name.indicator}, ${name.period}`}
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
        <EditTotal
          boardId={boardId}
          total={editing === 'new' ? null : editing}
          existing={totals.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}

interface TotalValues {
  period?: string;
  indicator?: Indicator;
  value?: string | null;
}

function EditTotal({
  boardId,
  total,
  existing,
  onClose,
}: {
  boardId: string;
  total: ProvinceTotal | null;
  existing: ProvinceTotal[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const [form] = Form.useForm<TotalValues>();
  const indicator = Form.useWatch('indicator', form);
  const period = Form.useWatch('period', form);
  const name = (values: { indicator?: string | undefined; period?: string | undefined }) => ({
    indicator: words.indicator(values.indicator ?? ''),
    period: values.period ? words.period(values.period) : '',
  });

  return (
    <EditModal<TotalValues>
      title={total ? t('settings:province.editTitle', name(total)) : t('settings:province.addTitle')}
      okText={total ? t('common:actions.save') : t('settings:province.add')}
      form={form}
      initialValues={total ? { period: total.period, indicator: total.indicator, value: total.value } : {}}
      submit={(values) =>
        api.put('/province-totals', {
          body: {
            boardId,
            period: values.period,
            indicator: values.indicator,
            value: values.value,
            version: total?.version,
          },
        })
      }
      onClose={onClose}
      done={
        total
          ? t('settings:province.saved', name(total))
          : t('settings:province.added', name({ indicator, period }))
      }
    >
      <Form.Item
        name="period"
        label={t('settings:province.period')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <PeriodField disabled={total !== null} />
      </Form.Item>
      <Form.Item
        name="indicator"
        label={t('settings:province.indicator')}
        dependencies={['period']}
        rules={[
          { required: true, message: t('common:fieldErrors.required') },
          {
            validator: (_, value: string | undefined) =>
              !total && value && period && existing.some((r) => r.indicator === value && r.period === period)
                ? Promise.reject(new Error(t('settings:province.exists', { period: words.period(period) })))
                : Promise.resolve(),
          },
        ]}
      >
        <Select
          disabled={total !== null}
          showSearch={SEARCH_BY_LABEL}
          style={{ maxWidth: 420 }}
          options={INDICATORS.map((code) => ({ value: code, label: words.indicator(code) }))}
          onChange={() => form.setFieldValue('value', null)}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('settings:province.value')}
        rules={[
          { required: true, message: t('common:fieldErrors.required') },
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
    </EditModal>
  );
}
