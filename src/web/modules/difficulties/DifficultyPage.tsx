import { AutoComplete, App, Button, Form, Input, Radio, Result, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { canDo } from '../../../domain/difficulties.ts';
import { matchesSearch } from '../../../domain/text.ts';
import { useCan } from '../../app/session.tsx';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  useDifficulty,
  useDifficultyAction,
  useUpdateDifficulty,
  type Difficulty,
  type DifficultyTopic,
  type ResponsibleKind,
} from './difficulties.api.ts';
import { DifficultyDetails } from './DifficultyDetails.tsx';
import { FeedbackModal } from './FeedbackModal.tsx';
import { StatusTag, TopicSelect } from './words.tsx';

type Dialog = 'route' | 'answer' | 'confirm' | 'reopen' | 'edit';

/** Common departments of a board and outside agencies, offered as the responsible's words. */
const DEPARTMENTS = [
  'Văn phòng Ban',
  'Phòng Quản lý đầu tư',
  'Phòng Quản lý quy hoạch và xây dựng',
  'Phòng Quản lý tài nguyên và môi trường',
  'Phòng Quản lý lao động',
  'Phòng Quản lý doanh nghiệp',
];
const AGENCIES = [
  'Sở Tài chính',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nội vụ',
  'Thuế tỉnh',
  'Chi cục Hải quan',
  'Công an tỉnh',
  'Ủy ban nhân dân cấp xã',
];

/**
 * Một khó khăn, vướng mắc (staff): its content and timeline, and what its status allows — route it
 * to a department of the board or an outside agency with a due date, record the answer, record the
 * enterprise's confirmation or that it is not satisfied; correct its words before it is answered.
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['difficulties', 'common']);
  const canManage = useCan('difficulties.manage');
  const difficulty = useDifficulty(id);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (difficulty.isPending) return <Spin />;
  if (difficulty.error) return <Result status="warning" title={errorMessage(t, difficulty.error)} />;
  const d = difficulty.data;
  const may = (action: 'edit' | 'route' | 'answer' | 'confirm' | 'reopen') =>
    canManage && canDo(d.status, action);

  return (
    <>
      <PageTitle
        title={d.title}
        subtitle={
          <Space wrap>
            <StatusTag status={d.status} />
            <span>{d.reference}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/difficulties">{t('difficulties:detail.back')}</Link>
            {may('edit') ? (
              <Button onClick={() => setDialog('edit')}>{t('common:actions.edit')}</Button>
            ) : null}
            {may('route') ? (
              <Button type={d.status === 'open' ? 'primary' : 'default'} onClick={() => setDialog('route')}>
                {d.status === 'open' ? t('difficulties:route.action') : t('difficulties:route.again')}
              </Button>
            ) : null}
            {may('answer') ? (
              <Button type="primary" onClick={() => setDialog('answer')}>
                {t('difficulties:answer.action')}
              </Button>
            ) : null}
            {may('confirm') ? (
              <Button type="primary" onClick={() => setDialog('confirm')}>
                {t('difficulties:confirm.record')}
              </Button>
            ) : null}
            {may('reopen') ? (
              <Button danger onClick={() => setDialog('reopen')}>
                {t('difficulties:reopen.record')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <DifficultyDetails difficulty={d} staff />
      {dialog === 'route' ? (
        <RouteModal difficulty={d} onClose={() => setDialog(null)} onReload={() => difficulty.refetch()} />
      ) : null}
      {dialog === 'answer' ? (
        <AnswerModal difficulty={d} onClose={() => setDialog(null)} onReload={() => difficulty.refetch()} />
      ) : null}
      {dialog === 'confirm' || dialog === 'reopen' ? (
        <FeedbackModal
          difficulty={d}
          kind={dialog}
          staff
          onClose={() => setDialog(null)}
          onReload={() => difficulty.refetch()}
        />
      ) : null}
      {dialog === 'edit' ? (
        <EditModal difficulty={d} onClose={() => setDialog(null)} onReload={() => difficulty.refetch()} />
      ) : null}
    </>
  );
}

interface RouteValues {
  responsibleKind: ResponsibleKind;
  responsible: string;
  answerDueOn?: Dayjs | null;
}

/** Chuyển xử lý: to a department of the board or an outside agency, with the day to answer by. */
function RouteModal({
  difficulty: d,
  onClose,
  onReload,
}: {
  difficulty: Difficulty;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['difficulties', 'common']);
  const { message } = App.useApp();
  const act = useDifficultyAction(d.id);
  const required = { required: true, whitespace: true, message: t('common:fieldErrors.required') };
  return (
    <FormModal<RouteValues>
      title={t('difficulties:route.title', { reference: d.reference })}
      okText={t('difficulties:route.ok')}
      initialValues={{
        responsibleKind: d.responsibleKind ?? 'department',
        responsible: d.responsible,
        answerDueOn: null,
      }}
      hint={t('difficulties:route.hint')}
      onReload={onReload}
      onClose={(answer) => {
        if (answer) void message.success(t('difficulties:route.done'));
        onClose();
      }}
      send={(v) =>
        act.mutateAsync({
          kind: 'route',
          body: {
            version: d.version,
            responsibleKind: v.responsibleKind,
            responsible: v.responsible.trim(),
            answerDueOn: v.answerDueOn ? v.answerDueOn.format('YYYY-MM-DD') : undefined,
          },
        })
      }
    >
      {(form) => (
        <>
          <Form.Item name="responsibleKind" label={t('difficulties:fields.responsibleKind')}>
            <Radio.Group
              optionType="button"
              options={(['department', 'agency'] as const).map((k) => ({
                value: k,
                label: t(`difficulties:responsibleKinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            noStyle
            shouldUpdate={(a: RouteValues, b: RouteValues) => a.responsibleKind !== b.responsibleKind}
          >
            {() => (
              <Form.Item name="responsible" label={t('difficulties:fields.responsible')} rules={[required]}>
                <AutoComplete
                  maxLength={300}
                  options={(form.getFieldValue('responsibleKind') === 'agency' ? AGENCIES : DEPARTMENTS).map(
                    (value) => ({ value }),
                  )}
                  showSearch={{
                    filterOption: (input, option) => matchesSearch(String(option?.value ?? ''), input),
                  }}
                />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item
            name="answerDueOn"
            label={t('difficulties:fields.answerDueOn')}
            extra={t('difficulties:route.dueHint')}
          >
            <DateField />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

interface AnswerValues {
  answer: string;
  answeredOn: Dayjs | null;
}

/** Trả lời: the answer of the responsible department or agency, and its date. */
function AnswerModal({
  difficulty: d,
  onClose,
  onReload,
}: {
  difficulty: Difficulty;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['difficulties', 'common']);
  const { message } = App.useApp();
  const act = useDifficultyAction(d.id);
  return (
    <FormModal<AnswerValues>
      title={t('difficulties:answer.title', { reference: d.reference })}
      okText={t('difficulties:answer.ok')}
      width={640}
      initialValues={{ answeredOn: dayjs(vietnamToday()) }}
      onReload={onReload}
      onClose={(answer) => {
        if (answer) void message.success(t('difficulties:answer.done'));
        onClose();
      }}
      send={(v) =>
        act.mutateAsync({
          kind: 'answer',
          body: {
            version: d.version,
            answer: v.answer.trim(),
            answeredOn: (v.answeredOn ?? dayjs(vietnamToday())).format('YYYY-MM-DD'),
          },
        })
      }
    >
      <Form.Item
        name="answer"
        label={t('difficulties:fields.answer')}
        rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
      >
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 5, maxRows: 14 }} />
      </Form.Item>
      <Form.Item
        name="answeredOn"
        label={t('difficulties:fields.answeredOn')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <DateField />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  topic: DifficultyTopic;
  title: string;
  content: string;
  occasion?: string;
}

/** Sửa: the words of one not yet answered. */
function EditModal({
  difficulty: d,
  onClose,
  onReload,
}: {
  difficulty: Difficulty;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['difficulties', 'common']);
  const update = useUpdateDifficulty(d.id);
  const required = { required: true, whitespace: true, message: t('common:fieldErrors.required') };
  return (
    <FormModal<EditValues>
      title={t('difficulties:edit.title', { reference: d.reference })}
      okText={t('common:actions.save')}
      width={640}
      initialValues={{ topic: d.topic, title: d.title, content: d.content, occasion: d.occasion }}
      onReload={onReload}
      onClose={() => onClose()}
      send={(v) =>
        update.mutateAsync({
          version: d.version,
          topic: v.topic,
          title: v.title.trim(),
          content: v.content.trim(),
          occasion: v.occasion?.trim() ?? '',
        })
      }
    >
      <Form.Item name="topic" label={t('difficulties:fields.topic')} rules={[{ required: true }]}>
        <TopicSelect />
      </Form.Item>
      <Form.Item name="title" label={t('difficulties:fields.title')} rules={[required]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="content" label={t('difficulties:fields.content')} rules={[required]}>
        <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      {d.channel !== 'account' ? (
        <Form.Item name="occasion" label={t('difficulties:fields.occasion')}>
          <Input maxLength={500} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
