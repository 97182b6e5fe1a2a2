import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { App, Button, Form, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api.ts';
import { applyApiError } from '../../shared/errors.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { WriteProblems } from '../../shared/WriteProblems.tsx';
import { moveMember, onYearFields, yearBodyProblems } from './bloc-figures.ts';
import { useBoards, useSaveBlocYear, type BlocDetail, type BlocYear } from './blocs.api.ts';

interface Values {
  year: number;
  members: string[];
  leader?: string;
  deputy?: string | null;
}

/**
 * A bloc's year: the members in the bloc's order (chosen among the boards, moved up or down), the
 * leader and the deputy chosen among them. A new year starts from the latest year's members (the
 * leader and deputy rotate, so they are asked again). The API's problems go on their fields.
 */
export function BlocYearModal({
  bloc,
  year,
  onClose,
  onReload,
}: {
  bloc: BlocDetail;
  /** The year edited, or null for a new one. */
  year: BlocYear | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const boards = useBoards();
  const save = useSaveBlocYear(bloc.code);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const taken = new Set(bloc.years.map((y) => y.year));
  const latest = [...bloc.years].sort((a, b) => b.year - a.year)[0];
  const thisYear = new Date().getFullYear();
  const firstFree = [thisYear, thisYear + 1, ...Array.from({ length: 40 }, (_, i) => thisYear - 1 - i)].find(
    (y) => !taken.has(y),
  );
  const initial: Values = year
    ? {
        year: year.year,
        members: year.members,
        leader: year.leader,
        deputy: year.deputy,
      }
    : {
        year: firstFree ?? thisYear,
        // The latest year's members, less those dissolved by then (a merged board leaves the bloc).
        members: (latest?.boards ?? [])
          .filter((b) => b.dissolvedOn === null || b.dissolvedOn > `${firstFree ?? thisYear}-01-01`)
          .map((b) => b.code),
      };

  const chosenYear = Form.useWatch('year', form) ?? initial.year;
  const members = Form.useWatch('members', form) ?? initial.members;
  const leader = Form.useWatch('leader', form);
  const names = useMemo(() => {
    const known = new Map<string, string>();
    for (const b of boards.data?.items ?? []) known.set(b.code, b.name);
    for (const y of bloc.years) for (const m of y.boards) if (!known.has(m.code)) known.set(m.code, m.name);
    return known;
  }, [boards.data, bloc.years]);
  const label = (code: string) => `${code} — ${names.get(code) ?? code}`;
  // A board dissolved before the year begins cannot be a member of it (blocs-v1).
  const boardOptions = (boards.data?.items ?? []).map((b) => {
    const gone = b.dissolvedOn !== null && b.dissolvedOn <= `${chosenYear}-01-01`;
    return {
      value: b.code,
      label: gone ? `${b.code} — ${b.name} (${t('blocs:manage.dissolved')})` : `${b.code} — ${b.name}`,
      disabled: gone && !members.includes(b.code),
    };
  });
  const memberOptions = members.map((code) => ({ value: code, label: label(code) }));

  async function submit(values: Values) {
    setProblems([]);
    setConflict(false);
    const local = yearBodyProblems(values.members, values.leader, values.deputy);
    if (local.length > 0) {
      form.setFields(
        local.map((p) => ({ name: p.field, errors: [t(`blocs:manage.problems.${p.field}.${p.reason}`)] })),
      );
      return;
    }
    try {
      await save.mutateAsync({
        year: values.year,
        members: values.members,
        leader: values.leader!,
        deputy: values.deputy ?? null,
        ...(year ? { version: year.version } : {}),
      });
      void message.success(t('blocs:manage.yearSaved', { year: values.year }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setConflict(true);
      else if (error instanceof ApiError)
        setProblems(
          applyApiError(
            form,
            t,
            new ApiError(error.status, error.code, error.message, onYearFields(error.details), error.extra),
          ),
        );
      else setProblems(applyApiError(form, t, error));
    }
  }

  /** Members changed: a leader or deputy no longer among them is cleared. */
  function onMembers(next: string[]) {
    const { leader: l, deputy: d } = form.getFieldsValue(['leader', 'deputy']) as Values;
    if (l && !next.includes(l)) form.setFieldValue('leader', undefined);
    if (d && !next.includes(d)) form.setFieldValue('deputy', null);
  }

  function move(index: number, by: -1 | 1) {
    form.setFieldValue('members', moveMember(members, index, by));
  }

  return (
    <Modal
      open
      width={680}
      title={
        year
          ? t('blocs:manage.editYearTitle', { code: bloc.code, year: year.year })
          : t('blocs:manage.addYearTitle', { code: bloc.code })
      }
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <WriteProblems conflict={conflict} onReload={() => void onReload().then(onClose)} problems={problems} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item name="year" label={t('blocs:manage.year')} rules={[{ required: true }]}>
          <Select
            disabled={!!year}
            style={{ width: 120 }}
            showSearch
            options={Array.from({ length: 42 }, (_, i) => thisYear + 1 - i).map((y) => ({
              value: y,
              label: String(y),
              disabled: taken.has(y) && y !== year?.year,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="members"
          label={t('blocs:manage.members')}
          extra={t('blocs:manage.membersHint')}
          rules={[{ required: true, message: t('blocs:manage.problems.members.required') }]}
        >
          <Select
            mode="multiple"
            showSearch={SEARCH_BY_LABEL}
            loading={boards.isPending}
            options={boardOptions}
            placeholder={t('blocs:manage.membersPlaceholder')}
            onChange={onMembers}
            maxTagCount="responsive"
          />
        </Form.Item>
        {members.length > 1 ? (
          <List
            size="small"
            bordered
            style={{ marginBottom: 16, maxHeight: 240, overflowY: 'auto' }}
            aria-label={t('blocs:manage.order')}
            header={<Typography.Text strong>{t('blocs:manage.order')}</Typography.Text>}
            dataSource={members}
            renderItem={(code, index) => (
              <List.Item
                actions={[
                  <Button
                    key="up"
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    disabled={index === 0}
                    aria-label={t('blocs:manage.moveUp', { code })}
                    onClick={() => move(index, -1)}
                  />,
                  <Button
                    key="down"
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    disabled={index === members.length - 1}
                    aria-label={t('blocs:manage.moveDown', { code })}
                    onClick={() => move(index, 1)}
                  />,
                ]}
              >
                <Space size={4}>
                  <span>{index + 1}.</span>
                  <span>{label(code)}</span>
                  {code === leader ? <Tag color="gold">{t('blocs:marks.leader')}</Tag> : null}
                </Space>
              </List.Item>
            )}
          />
        ) : null}
        <Space wrap size={16} style={{ width: '100%' }} align="start">
          <Form.Item
            name="leader"
            label={t('blocs:marks.leader')}
            style={{ minWidth: 260 }}
            rules={[{ required: true, message: t('blocs:manage.problems.leader.required') }]}
          >
            <Select
              showSearch={SEARCH_BY_LABEL}
              options={memberOptions}
              placeholder={t('blocs:manage.leaderPlaceholder')}
              notFoundContent={t('blocs:manage.chooseMembersFirst')}
              onChange={(l: string) => {
                if (form.getFieldValue('deputy') === l) form.setFieldValue('deputy', null);
              }}
            />
          </Form.Item>
          <Form.Item
            name="deputy"
            label={t('blocs:marks.deputy')}
            style={{ minWidth: 260 }}
            extra={t('blocs:manage.deputyHint')}
          >
            <Select
              allowClear
              showSearch={SEARCH_BY_LABEL}
              options={memberOptions.filter((o) => o.value !== leader)}
              placeholder={t('blocs:manage.deputyPlaceholder')}
              notFoundContent={t('blocs:manage.chooseMembersFirst')}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
