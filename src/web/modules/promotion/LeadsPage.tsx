import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LEAD_SOURCES, LEAD_STAGES } from '../../../domain/promotion.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useLeads, useWrite, type Lead, type LeadDetail } from './promotion.api.ts';
import { COUNTRY_RULE, DateItem, day, EnumItem, orNull, StageTag, TextItem, today } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** Nhà đầu tư tiềm năng: the leads with their stage, filtered by the address (?stage=&source=&year=&q=). */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const filter = {
    stage: params.get('stage') ?? undefined,
    source: params.get('source') ?? undefined,
    year: params.get('year') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const leads = useLeads({ board: board.board?.code, ...filter }, board.boardId !== undefined);
  const [creating, setCreating] = useState(false);
  const write = useWrite<LeadDetail>();

  return (
    <>
      <PageTitle
        title={t('promotion:leads.title')}
        subtitle={t('promotion:leads.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setCreating(true)}
              >
                {t('promotion:leads.add')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Input.Search
              allowClear
              aria-label={t('promotion:fields.search')}
              placeholder={t('promotion:fields.search')}
              defaultValue={filter.q}
              style={{ width: phone ? '100%' : 240 }}
              onSearch={(v) => set('q', v || undefined)}
            />
            <Select
              allowClear
              aria-label={t('promotion:fields.stage')}
              placeholder={t('promotion:leads.allStages')}
              value={filter.stage}
              style={{ width: phone ? '100%' : 200 }}
              onChange={(v?: string) => set('stage', v)}
              options={LEAD_STAGES.map((s) => ({ value: s, label: t(`promotion:stages.${s}`) }))}
            />
            <Select
              allowClear
              aria-label={t('promotion:fields.source')}
              placeholder={t('promotion:leads.allSources')}
              value={filter.source}
              style={{ width: phone ? '100%' : 200 }}
              onChange={(v?: string) => set('source', v)}
              options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`promotion:sources.${s}`) }))}
            />
            <Input
              allowClear
              inputMode="numeric"
              aria-label={t('promotion:fields.year')}
              placeholder={t('promotion:fields.year')}
              defaultValue={filter.year}
              style={{ width: phone ? '100%' : 100 }}
              onChange={(e) => {
                const v = e.target.value;
                if (v === '' || /^\d{4}$/.test(v)) set('year', v || undefined);
              }}
            />
          </FilterBar>
          {leads.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, leads.error)} />
          ) : null}
          <Table<Lead>
            rowKey="id"
            size="small"
            loading={leads.isFetching}
            dataSource={leads.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('promotion:leads.empty') }}
            columns={[
              {
                title: t('promotion:fields.name'),
                render: (_, row) => <Link to={`/promotion/leads/${row.id}`}>{row.name}</Link>,
              },
              { title: t('promotion:fields.stage'), render: (_, row) => <StageTag stage={row.stage} /> },
              { title: t('promotion:fields.since'), render: (_, row) => format.date(row.stageSince) },
              {
                title: t('promotion:fields.source'),
                render: (_, row) => t(`promotion:sources.${row.source}`),
              },
              {
                title: t('promotion:fields.country'),
                dataIndex: 'countryCode',
                render: (c: string | null) => c ?? '—',
              },
              { title: t('promotion:fields.openedOn'), render: (_, row) => format.date(row.openedOn) },
              {
                title: t('promotion:fields.project'),
                render: (_, row) =>
                  row.project ? `${row.project.code} — ${format.ty(row.project.registeredCapitalVnd)}` : '—',
              },
            ]}
          />
        </>
      )}
      {creating ? (
        <FormModal<FormValues, LeadDetail>
          title={t('promotion:leads.add')}
          okText={t('common:actions.save')}
          initialValues={{ source: 'meeting', stage: 'enquiry', openedOn: today() }}
          send={(v) =>
            write.mutateAsync({
              method: 'POST',
              path: 'leads',
              body: {
                board: board.board?.code,
                name: v.name,
                source: v.source,
                stage: v.stage,
                openedOn: day(v.openedOn),
                countryCode: orNull(v.countryCode),
                sector: orNull(v.sector),
                expectedCapitalUsd: orNull(v.expectedCapitalUsd),
                landNeedHa: orNull(v.landNeedHa),
                note: orNull(v.note),
              },
            })
          }
          onClose={(saved) => {
            setCreating(false);
            if (saved) void navigate(`/promotion/leads/${saved.id}`);
          }}
        >
          <TextItem name="name" label={t('promotion:fields.name')} required />
          <EnumItem
            name="source"
            label={t('promotion:fields.source')}
            values={LEAD_SOURCES}
            prefix="sources"
            required
          />
          <EnumItem
            name="stage"
            label={t('promotion:fields.stage')}
            values={['enquiry', 'site_visit', 'policy_decision']}
            prefix="stages"
            required
          />
          <DateItem name="openedOn" label={t('promotion:fields.openedOn')} required />
          <Form.Item name="countryCode" label={t('promotion:fields.country')} rules={[COUNTRY_RULE]}>
            <Input maxLength={2} />
          </Form.Item>
          <TextItem name="sector" label={t('promotion:fields.sector')} max={20} />
          <TextItem name="expectedCapitalUsd" label={t('promotion:fields.expectedCapitalUsd')} max={20} />
          <TextItem name="landNeedHa" label={t('promotion:fields.landNeedHa')} max={20} />
          <TextItem name="note" label={t('promotion:fields.note')} area max={4000} />
        </FormModal>
      ) : null}
    </>
  );
}
