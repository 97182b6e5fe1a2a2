import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Form, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { EditModal } from './EditModal.tsx';
import { PeriodField } from './PeriodField.tsx';
import { isRate, RateInput } from './RateInput.tsx';
import { LoadFailed, SettingsRecordsPage, type RecordsContext } from './SettingsFrame.tsx';
import { useRates, type ExchangeRate } from './settings.api.ts';
import { trimZeros, useSettingsWords } from './words.ts';

/** Tỷ giá: the board's đồng/USD rates by period (a year's rate stands for its parts), exact. */
export function Component() {
  return (
    <SettingsRecordsPage<ExchangeRate> section="rates" entityType="exchange_rate">
      {(context) => <Rates {...context} />}
    </SettingsRecordsPage>
  );
}

function Rates({ boardId, canWrite, editing, setEditing }: RecordsContext<ExchangeRate>) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const rates = useRates(boardId);

  if (rates.error) return <LoadFailed error={rates.error} />;
  return (
    <Card>
      <Table<ExchangeRate>
        rowKey="id"
        loading={rates.isPending}
        dataSource={[...(rates.data ?? [])].sort((a, b) => b.period.localeCompare(a.period))}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings:rates.empty') }}
        aria-label={t('settings:rates.title')}
        columns={[
          { title: t('settings:rates.period'), dataIndex: 'period', render: (p: string) => words.period(p) },
          {
            title: t('settings:rates.rate'),
            dataIndex: 'vndPerUsd',
            align: 'right',
            render: (v: string) => words.rate(v),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  align: 'right' as const,
                  render: (_: unknown, row: ExchangeRate) => (
                    <Button
                      icon={<EditOutlined />}
                      aria-label={`${t('settings:rates.edit')} — ${words.period(row.period)}`}
                      onClick={() => setEditing(row)}
                    >
                      {t('settings:rates.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <EditRate
          boardId={boardId}
          rate={editing === 'new' ? null : editing}
          existing={rates.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}

interface RateValues {
  period?: string;
  vndPerUsd?: string | null;
}

function EditRate({
  boardId,
  rate,
  existing,
  onClose,
}: {
  boardId: string;
  rate: ExchangeRate | null;
  existing: ExchangeRate[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const [form] = Form.useForm<RateValues>();
  const period = Form.useWatch('period', form);
  return (
    <EditModal<RateValues>
      title={
        rate
          ? t('settings:rates.editTitle', { period: words.period(rate.period) })
          : t('settings:rates.addTitle')
      }
      okText={rate ? t('common:actions.save') : t('settings:rates.add')}
      form={form}
      initialValues={rate ? { period: rate.period, vndPerUsd: trimZeros(rate.vndPerUsd) } : {}}
      submit={(values) =>
        api.put('/statistics/exchange-rates', {
          body: { boardId, period: values.period, vndPerUsd: values.vndPerUsd, version: rate?.version },
        })
      }
      onClose={onClose}
      done={
        rate
          ? t('settings:rates.saved', { period: words.period(rate.period) })
          : t('settings:rates.added', { period: period ? words.period(period) : '' })
      }
    >
      <Form.Item
        name="period"
        label={t('settings:rates.period')}
        rules={[
          { required: true, message: t('common:fieldErrors.required') },
          {
            validator: (_, value: string | undefined) =>
              !rate && value && existing.some((r) => r.period === value)
                ? Promise.reject(new Error(t('settings:rates.exists', { period: words.period(value) })))
                : Promise.resolve(),
          },
        ]}
      >
        <PeriodField disabled={rate !== null} />
      </Form.Item>
      <Form.Item
        name="vndPerUsd"
        label={t('settings:rates.rate')}
        extra={t('settings:rates.rateHint')}
        rules={[
          { required: true, message: t('settings:rates.rateRequired') },
          {
            validator: (_, value: unknown) =>
              value === null || value === undefined || value === '' || isRate(value)
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      typeof value === 'string' && /^[0.]+$/.test(value)
                        ? t('settings:rates.ratePositive')
                        : t('settings:rates.rateHint'),
                    ),
                  ),
          },
        ]}
      >
        <RateInput />
      </Form.Item>
    </EditModal>
  );
}
