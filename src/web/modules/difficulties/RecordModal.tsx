import { Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import type { BoardRef } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import {
  STAFF_CHANNELS,
  useCreateDifficulty,
  useEnterpriseSearch,
  type Difficulty,
  type DifficultyTopic,
  type StaffChannel,
} from './difficulties.api.ts';
import { TopicSelect } from './words.tsx';

interface RecordValues {
  enterpriseId: string;
  topic: DifficultyTopic;
  title: string;
  content: string;
  channel: StaffChannel;
  occasion?: string;
  raisedOn: Dayjs | null;
}

/** A select of the board's enterprises, searched on the server by name or tax code. */
function EnterpriseSelect({
  boardId,
  value,
  onChange,
  id,
}: {
  boardId: string;
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const found = useEnterpriseSearch(q, boardId);
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isFetching}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      options={(found.data ?? []).map((e) => ({
        value: e.id,
        label: e.taxCode ? `${e.name} — ${e.taxCode}` : e.name,
      }))}
    />
  );
}

/**
 * Ghi nhận: a difficulty an enterprise raised at a dialogue conference (hội nghị đối thoại), by
 * letter or at a meeting, recorded by staff for it.
 */
export function RecordModal({
  board,
  onClose,
}: {
  board: BoardRef;
  onClose: (created?: Difficulty) => void;
}) {
  const { t } = useTranslation(['difficulties', 'common']);
  const create = useCreateDifficulty();
  const required = { required: true, message: t('common:fieldErrors.required') };
  return (
    <FormModal<RecordValues, Difficulty>
      title={t('difficulties:record.title')}
      okText={t('difficulties:record.ok')}
      width={640}
      initialValues={{ channel: 'dialogue', raisedOn: dayjs(vietnamToday()) }}
      onClose={onClose}
      send={(v) =>
        create.mutateAsync({
          enterpriseId: v.enterpriseId,
          topic: v.topic,
          title: v.title.trim(),
          content: v.content.trim(),
          channel: v.channel,
          occasion: v.occasion?.trim() || undefined,
          raisedOn: (v.raisedOn ?? dayjs(vietnamToday())).format('YYYY-MM-DD'),
        })
      }
    >
      <Form.Item name="enterpriseId" label={t('difficulties:fields.enterprise')} rules={[required]}>
        <EnterpriseSelect boardId={board.id} />
      </Form.Item>
      <Space wrap style={{ display: 'flex' }}>
        <Form.Item name="channel" label={t('difficulties:fields.channel')} rules={[required]}>
          <Select<StaffChannel>
            style={{ width: 200 }}
            options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`difficulties:channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="raisedOn" label={t('difficulties:fields.raisedOn')} rules={[required]}>
          <DateField />
        </Form.Item>
      </Space>
      <Form.Item name="occasion" label={t('difficulties:fields.occasion')}>
        <Input maxLength={500} placeholder={t('difficulties:record.occasionHint')} />
      </Form.Item>
      <Form.Item name="topic" label={t('difficulties:fields.topic')} rules={[required]}>
        <TopicSelect />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('difficulties:fields.title')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('difficulties:fields.content')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}
