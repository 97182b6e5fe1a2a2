import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, InputNumber, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { useFormat } from '../../shared/format.ts';
import { MoneyInput } from '../../shared/MoneyInput.tsx';
import { usePhone } from '../../shared/screen.ts';
import { EditModal } from './EditModal.tsx';
import { LoadFailed, SettingsFrame } from './SettingsFrame.tsx';
import { useRules, type Rule } from './settings.api.ts';
import { useSettingsWords } from './words.ts';

const SEVERITIES = ['hard', 'soft', 'off'] as const;
const SEVERITY_COLOURS = { hard: 'red', soft: 'orange', off: 'default' } as const;

/** Quy tắc kiểm tra: each rule in words, its severity and parameters for the board; editable. */
export function Component() {
  const { t } = useTranslation(['settings', 'common']);
  return (
    <SettingsFrame
      title={t('settings:rules.title')}
      subtitle={t('settings:rules.subtitle')}
      history={{ entityType: 'statistics_rule', what: t('settings:rules.history') }}
    >
      {({ boardId, canWrite }) => <Rules boardId={boardId} canWrite={canWrite} />}
    </SettingsFrame>
  );
}

function Rules({ boardId, canWrite }: { boardId: string; canWrite: boolean }) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const rules = useRules(boardId);
  const [editing, setEditing] = useState<Rule | null>(null);
  const phone = usePhone();

  const description = (rule: Rule) => (
    <div>
      <Typography.Text type="secondary">
        {t(`settings:rules.descriptions.${rule.code}`, { defaultValue: rule.description })}
      </Typography.Text>
    </div>
  );
  const severity = (rule: Rule) => (
    <Space orientation="vertical" size={2}>
      <Tag color={SEVERITY_COLOURS[rule.severity]}>{t(`settings:rules.severities.${rule.severity}`)}</Tag>
      {rule.severity !== rule.defaultSeverity ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('settings:rules.defaultLabel', {
            value: t(`settings:rules.severityShort.${rule.defaultSeverity}`),
          })}
        </Typography.Text>
      ) : null}
    </Space>
  );
  const parameters = (rule: Rule) =>
    words.ruleParams(rule.code, rule.params) ?? (
      <Typography.Text type="secondary">{t('settings:rules.noParams')}</Typography.Text>
    );
  const editButton = (rule: Rule) => (
    <Button
      icon={<EditOutlined />}
      aria-label={`${t('settings:rules.edit')} — ${words.ruleName(rule.code)}`}
      onClick={() => setEditing(rule)}
    >
      {t('settings:rules.edit')}
    </Button>
  );

  if (rules.error) return <LoadFailed error={rules.error} />;
  const editor = editing ? (
    <EditRule rule={editing} boardId={boardId} onClose={() => setEditing(null)} />
  ) : null;
  // A phone: one card per rule — its name, what it checks, its severity and parameters.
  if (phone)
    return (
      <Flex vertical gap={12} role="list" aria-label={t('settings:rules.title')}>
        {rules.isPending ? <Card loading /> : null}
        {(rules.data ?? []).map((rule) => (
          <Card
            key={rule.code}
            size="small"
            role="listitem"
            title={<span style={{ whiteSpace: 'normal' }}>{words.ruleName(rule.code)}</span>}
            extra={canWrite ? editButton(rule) : null}
          >
            <Flex vertical gap={8}>
              {description(rule)}
              {severity(rule)}
              {parameters(rule)}
            </Flex>
          </Card>
        ))}
        {editor}
      </Flex>
    );
  return (
    <Card>
      <Table<Rule>
        rowKey="code"
        loading={rules.isPending}
        dataSource={rules.data}
        pagination={false}
        scroll={{ x: 920 }}
        aria-label={t('settings:rules.title')}
        columns={[
          {
            title: t('settings:rules.rule'),
            render: (_, rule) => (
              <>
                <Typography.Text strong>{words.ruleName(rule.code)}</Typography.Text>
                {description(rule)}
              </>
            ),
          },
          {
            title: t('settings:rules.severity'),
            width: 210,
            render: (_, rule) => severity(rule),
          },
          {
            title: t('settings:rules.params'),
            width: 300,
            render: (_, rule) => parameters(rule),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  align: 'right' as const,
                  width: 100,
                  render: (_: unknown, rule: Rule) => editButton(rule),
                },
              ]
            : []),
        ]}
      />
      {editor}
    </Card>
  );
}

interface RuleValues {
  severity: Rule['severity'];
  /** required_figures: the figures required. */
  required?: string[];
  /** Other rules: each parameter (đồng amounts as digit strings, the factor as a number). */
  params?: Record<string, number | string | null | undefined>;
}

function EditRule({ rule, boardId, onClose }: { rule: Rule; boardId: string; onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const words = useSettingsWords();
  const format = useFormat();
  const [form] = Form.useForm<RuleValues>();
  const figures = rule.code === 'required_figures';
  const paramNames = Object.keys(rule.defaultParams);

  function params(values: RuleValues): Record<string, number> {
    if (figures)
      return Object.fromEntries(paramNames.map((field) => [field, values.required?.includes(field) ? 1 : 0]));
    return Object.fromEntries(paramNames.map((name) => [name, Number(values.params?.[name])]));
  }

  return (
    <EditModal<RuleValues>
      title={t('settings:rules.editTitle', { name: words.ruleName(rule.code) })}
      okText={t('common:actions.save')}
      form={form}
      initialValues={{
        severity: rule.severity,
        required: paramNames.filter((field) => rule.params[field] === 1),
        params: Object.fromEntries(
          paramNames.map((name) => [
            name,
            name.endsWith('Vnd') ? String(rule.params[name]) : rule.params[name],
          ]),
        ),
      }}
      submit={(values) =>
        api.put('/statistics/rules/{code}', {
          path: { code: rule.code },
          body: {
            boardId,
            severity: values.severity,
            params: params(values),
            version: rule.version ?? undefined,
          },
        })
      }
      onClose={onClose}
      done={t('settings:rules.saved', { name: words.ruleName(rule.code) })}
    >
      <Typography.Paragraph type="secondary">
        {t(`settings:rules.descriptions.${rule.code}`, { defaultValue: rule.description })}
      </Typography.Paragraph>
      <Form.Item
        name="severity"
        label={t('settings:rules.severity')}
        rules={[{ required: true, message: t('common:fieldErrors.required') }]}
      >
        <Radio.Group
          orientation="vertical"
          options={SEVERITIES.map((severity) => ({
            value: severity,
            label:
              t(`settings:rules.severities.${severity}`) +
              (severity === rule.defaultSeverity ? ` (${t('settings:rules.isDefault')})` : ''),
          }))}
        />
      </Form.Item>
      {figures ? (
        <Form.Item name="required" label={t('settings:rules.requiredFigures')}>
          <Checkbox.Group
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 4 }}
            options={paramNames.map((field) => ({
              value: field,
              label: t(`settings:rules.figures.${field}`, { defaultValue: field }),
            }))}
          />
        </Form.Item>
      ) : (
        paramNames.map((name) => (
          <Form.Item
            key={name}
            name={['params', name]}
            label={t(`settings:rules.paramNames.${name}`, { defaultValue: name })}
            extra={t('settings:rules.defaultLabel', { value: words.exact(String(rule.defaultParams[name])) })}
            rules={[
              { required: true, message: t('common:fieldErrors.required') },
              {
                validator: (_, value: unknown) =>
                  value !== null && value !== '' && Number.isFinite(Number(value)) && Number(value) >= 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings:rules.paramInvalid'))),
              },
            ]}
          >
            {name.endsWith('Vnd') ? (
              <MoneyInput style={{ maxWidth: 320 }} />
            ) : (
              <InputNumber
                min={0}
                step={0.5}
                decimalSeparator={format.locale === 'vi' ? ',' : '.'}
                style={{ width: 160 }}
              />
            )}
          </Form.Item>
        ))
      )}
    </EditModal>
  );
}
