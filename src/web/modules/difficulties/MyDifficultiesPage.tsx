import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Result, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import {
  useCreateDifficulty,
  useDifficulties,
  type Difficulty,
  type DifficultySummary,
  type DifficultyTopic,
} from './difficulties.api.ts';
import { StatusTag, TopicSelect } from './words.tsx';

const PAGE_SIZE = 20;
const MY_DIFFICULTIES_PATH = '/my-difficulties';

/**
 * Khó khăn, kiến nghị (an enterprise account): its own difficulties and requests with where each
 * stands, and "Gửi kiến nghị" to raise a new one; an answered one opens to confirm or reopen it.
 */
export function Component() {
  const { t } = useTranslation(['difficulties', 'common']);
  const me = useSession();
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [raising, setRaising] = useState(false);
  const list = useDifficulties({ page, pageSize: PAGE_SIZE }, me.enterpriseId !== null);

  if (!me.enterpriseId) return <Result status="info" title={t('difficulties:my.noEnterprise')} />;

  return (
    <>
      <PageTitle
        title={t('difficulties:my.title')}
        subtitle={t('difficulties:my.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t('difficulties:my.raise')}
          </Button>
        }
      />
      {list.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, list.error)} />
      ) : null}
      {list.data?.items.some((d) => d.status === 'answered') ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('difficulties:my.answeredHint')} />
      ) : null}
      <Table<DifficultySummary>
        rowKey="id"
        size="small"
        aria-label={t('difficulties:my.title')}
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('difficulties:my.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          simple: phone,
          onChange: setPage,
        }}
        columns={[
          {
            title: t('difficulties:fields.title'),
            render: (_, row) => (
              <Flex vertical gap={2} style={{ minWidth: 180, maxWidth: 420 }}>
                <Link to={`${MY_DIFFICULTIES_PATH}/${row.id}`}>{row.title}</Link>
                <Typography.Text type="secondary">
                  {row.reference} · {t(`difficulties:topics.${row.topic}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('difficulties:fields.status'),
            render: (_, row) => <StatusTag status={row.status} />,
          },
          {
            title: t('difficulties:fields.raisedOn'),
            dataIndex: 'raisedOn',
            render: (d: string) => format.date(d),
            responsive: ['sm'],
          },
          {
            title: t('difficulties:fields.answeredOn'),
            dataIndex: 'answeredOn',
            render: (d: string | null) => format.date(d),
            responsive: ['md'],
          },
        ]}
      />
      {raising ? (
        <RaiseModal
          onClose={(created) => {
            setRaising(false);
            if (created) {
              void message.success(t('difficulties:my.raised', { reference: created.reference }));
              void navigate(`${MY_DIFFICULTIES_PATH}/${created.id}`);
            }
          }}
        />
      ) : null}
    </>
  );
}

interface RaiseValues {
  topic: DifficultyTopic;
  title: string;
  content: string;
}

/** Gửi kiến nghị: what it is about, a short title and the difficulty or request in full. */
function RaiseModal({ onClose }: { onClose: (created?: Difficulty) => void }) {
  const { t } = useTranslation(['difficulties', 'common']);
  const create = useCreateDifficulty();
  const required = { required: true, whitespace: true, message: t('common:fieldErrors.required') };
  return (
    <FormModal<RaiseValues, Difficulty>
      title={t('difficulties:my.raiseTitle')}
      okText={t('difficulties:my.send')}
      width={640}
      hint={t('difficulties:my.raiseHint')}
      onClose={onClose}
      send={(v) => create.mutateAsync({ topic: v.topic, title: v.title.trim(), content: v.content.trim() })}
    >
      <Form.Item
        name="topic"
        label={t('difficulties:fields.topic')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <TopicSelect />
      </Form.Item>
      <Form.Item name="title" label={t('difficulties:fields.title')} rules={[required]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="content" label={t('difficulties:fields.content')} rules={[required]}>
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 5, maxRows: 14 }} />
      </Form.Item>
    </FormModal>
  );
}
