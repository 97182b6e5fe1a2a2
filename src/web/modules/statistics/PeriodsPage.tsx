import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, Result, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { api } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError, errorMessage } from '../../shared/errors.ts';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { STATISTICS_KEY, useReportingPeriods, type ReportingPeriod } from './statistics.api.ts';

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** Kỳ báo cáo: which periods are collected, their due dates; open one, close or reopen it. */
export function Component() {
  const { t } = useTranslation(['statistics', 'common']);
  const format = useFormat();
  const { message } = App.useApp();
  const canWrite = useCan('records.write');
  const queryClient = useQueryClient();
  const board = useBoardChoice();
  const periods = useReportingPeriods({ boardId: board.boardId });
  const [form] = Form.useForm<{ period: string; dueDate?: Dayjs }>();
  const [problems, setProblems] = useState<string[]>([]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: STATISTICS_KEY });

  const open = useMutation({
    mutationFn: (values: { period: string; dueDate?: Dayjs }) =>
      api.post('/reporting/periods', {
        body: {
          period: values.period.trim(),
          dueDate: values.dueDate?.format('YYYY-MM-DD'),
          open: true,
          boardId: board.boardId,
        },
      }),
    onSuccess: async (created) => {
      form.resetFields();
      setProblems([]);
      void message.success(t('periods.opened', { period: created.period }));
      await refresh();
    },
    onError: (error) => setProblems(applyApiError(form, t, error)),
  });
  const toggle = useMutation({
    mutationFn: (row: ReportingPeriod) =>
      api.patch('/reporting/periods/{id}', {
        path: { id: row.id },
        body: { open: !row.open, version: row.version },
      }),
    onSuccess: refresh,
    onError: (error) => void message.error(errorMessage(t, error)),
  });

  if (!canWrite) return <Result status="403" title={t('periods.forbidden')} />;
  return (
    <>
      <PageTitle
        title={t('periods.title')}
        subtitle={t('periods.subtitle')}
        extra={<BoardPicker choice={board} />}
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title={t('periods.openTitle')}>
            {problems.length > 0 ? (
              <Alert type="error" showIcon style={{ marginBottom: 16 }} title={problems.join(' ')} />
            ) : null}
            <Form
              form={form}
              layout="inline"
              onFinish={(values) => open.mutate(values)}
              style={{ rowGap: 8 }}
            >
              <Form.Item
                name="period"
                label={t('periods.period')}
                extra={t('periods.periodHint')}
                rules={[
                  { required: true, message: t('common:fieldErrors.required') },
                  { pattern: PERIOD, message: t('periods.periodInvalid') },
                ]}
              >
                <Input placeholder="2026-Q1" style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name="dueDate" label={t('periods.dueDate')} extra={t('periods.dueDateHint')}>
                <DateField />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={open.isPending}>
                  {t('periods.open')}
                </Button>
              </Form.Item>
            </Form>
          </Card>
          <Card title={t('periods.listTitle')}>
            <Table<ReportingPeriod>
              rowKey="id"
              size="small"
              loading={periods.isPending}
              dataSource={[...(periods.data ?? [])].sort((a, b) => b.period.localeCompare(a.period))}
              pagination={{ pageSize: 24, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('periods.period'), dataIndex: 'period' },
                { title: t('periods.dueDate'), dataIndex: 'dueDate', render: (v: string) => format.date(v) },
                {
                  title: t('periods.state'),
                  dataIndex: 'open',
                  render: (isOpen: boolean) => (
                    <Tag color={isOpen ? 'green' : 'default'}>
                      {isOpen ? t('periods.isOpen') : t('periods.isClosed')}
                    </Tag>
                  ),
                },
                {
                  title: '',
                  align: 'right',
                  render: (_, row) => (
                    <Button
                      size="small"
                      loading={toggle.isPending && toggle.variables?.id === row.id}
                      onClick={() => toggle.mutate(row)}
                    >
                      {row.open ? t('periods.close') : t('periods.reopen')}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
