import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PROMOTION_EVENT_KINDS } from '../../../domain/promotion.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useEvents, useWrite, type PromotionEvent } from './promotion.api.ts';
import { COUNTRY_RULE, DateItem, day, EnumItem, orNull, TextItem, today } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** Sự kiện, đoàn xúc tiến đầu tư: delegations abroad and at home, conferences, fairs (?year=&kind=&q=). */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const filter = {
    year: params.get('year') ?? undefined,
    kind: params.get('kind') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const events = useEvents({ board: board.board?.code, ...filter }, board.boardId !== undefined);
  const [editing, setEditing] = useState<PromotionEvent | 'new' | null>(null);
  const write = useWrite<PromotionEvent>();

  return (
    <>
      <PageTitle
        title={t('promotion:events.title')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canWrite ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!board.boardId}
                onClick={() => setEditing('new')}
              >
                {t('promotion:events.add')}
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
              aria-label={t('promotion:fields.kind')}
              placeholder={t('promotion:events.allKinds')}
              value={filter.kind}
              style={{ width: phone ? '100%' : 240 }}
              onChange={(v?: string) => set('kind', v)}
              options={PROMOTION_EVENT_KINDS.map((k) => ({
                value: k,
                label: t(`promotion:eventKinds.${k}`),
              }))}
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
          {events.error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, events.error)} />
          ) : null}
          <Table<PromotionEvent>
            rowKey="id"
            size="small"
            loading={events.isFetching}
            dataSource={events.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('promotion:events.empty') }}
            columns={[
              {
                title: t('promotion:fields.name'),
                render: (_, e) =>
                  canWrite ? (
                    <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(e)}>
                      {e.name}
                    </Button>
                  ) : (
                    e.name
                  ),
              },
              { title: t('promotion:fields.kind'), render: (_, e) => t(`promotion:eventKinds.${e.kind}`) },
              {
                title: t('promotion:fields.startsOn'),
                render: (_, e) =>
                  e.startsOn === e.endsOn
                    ? format.date(e.startsOn)
                    : `${format.date(e.startsOn)} – ${format.date(e.endsOn)}`,
              },
              {
                title: t('promotion:fields.place'),
                render: (_, e) => (
                  <Space wrap>
                    {e.place}
                    <Tag>
                      {e.abroad
                        ? `${t('promotion:fields.abroad')} (${e.countryCode})`
                        : t('promotion:fields.atHome')}
                    </Tag>
                  </Space>
                ),
              },
              {
                title: t('promotion:fields.costVnd'),
                align: 'right',
                render: (_, e) => (e.costVnd ? format.dong(e.costVnd) : '—'),
              },
              { title: t('promotion:fields.outcome'), render: (_, e) => e.outcome ?? '—' },
            ]}
          />
        </>
      )}
      {editing ? (
        <FormModal<FormValues, PromotionEvent>
          title={editing === 'new' ? t('promotion:events.add') : editing.name}
          okText={t('common:actions.save')}
          initialValues={
            editing === 'new'
              ? { kind: 'conference', countryCode: 'VN', startsOn: today(), endsOn: today() }
              : {
                  ...editing,
                  startsOn: dayjs(editing.startsOn),
                  endsOn: dayjs(editing.endsOn),
                }
          }
          send={(v) => {
            const body = {
              kind: v.kind,
              name: v.name,
              startsOn: day(v.startsOn),
              endsOn: day(v.endsOn),
              place: v.place,
              countryCode: v.countryCode,
              organiser: orNull(v.organiser),
              participants: orNull(v.participants),
              costVnd: orNull(v.costVnd),
              outcome: orNull(v.outcome),
            };
            return editing === 'new'
              ? write.mutateAsync({
                  method: 'POST',
                  path: 'events',
                  body: { board: board.board?.code, ...body },
                })
              : write.mutateAsync({
                  method: 'PATCH',
                  path: `events/${editing.id}`,
                  body: { version: editing.version, ...body },
                });
          }}
          onClose={() => setEditing(null)}
        >
          <EnumItem
            name="kind"
            label={t('promotion:fields.kind')}
            values={PROMOTION_EVENT_KINDS}
            prefix="eventKinds"
            required
          />
          <TextItem name="name" label={t('promotion:fields.name')} required />
          <DateItem name="startsOn" label={t('promotion:fields.startsOn')} required />
          <DateItem name="endsOn" label={t('promotion:fields.endsOn')} required />
          <TextItem name="place" label={t('promotion:fields.place')} required />
          <Form.Item
            name="countryCode"
            label={t('promotion:fields.country')}
            rules={[{ required: true }, COUNTRY_RULE]}
          >
            <Input maxLength={2} />
          </Form.Item>
          <TextItem name="organiser" label={t('promotion:fields.organiser')} />
          <TextItem name="participants" label={t('promotion:fields.participants')} area max={2000} />
          <Form.Item name="costVnd" label={t('promotion:fields.costVnd')} rules={[{ pattern: /^\d{0,19}$/ }]}>
            <Input inputMode="numeric" maxLength={19} />
          </Form.Item>
          <TextItem name="outcome" label={t('promotion:fields.outcome')} area max={4000} />
        </FormModal>
      ) : null}
    </>
  );
}
