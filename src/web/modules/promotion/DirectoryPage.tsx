import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ORGANISATION_KINDS } from '../../../domain/promotion.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useContacts, useOrganisations, useWrite, type Contact, type Organisation } from './promotion.api.ts';
import { COUNTRY_RULE, EnumItem, orNull, TextItem } from './shared.tsx';
import type { FormValues } from './shared.tsx';

/** Tổ chức và người liên hệ: the investors, associations and agencies the board works with (?q=). */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const phone = usePhone();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const enabled = board.boardId !== undefined;
  const organisations = useOrganisations({ board: board.board?.code, q }, enabled);
  const contacts = useContacts({ board: board.board?.code, q }, enabled);
  const [editingOrg, setEditingOrg] = useState<Organisation | 'new' | null>(null);
  const [editingContact, setEditingContact] = useState<Contact | 'new' | null>(null);
  const write = useWrite();
  const error = organisations.error ?? contacts.error;

  return (
    <>
      <PageTitle title={t('promotion:directory.title')} extra={<BoardPicker choice={board} />} />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Input.Search
              allowClear
              aria-label={t('promotion:fields.search')}
              placeholder={t('promotion:fields.search')}
              defaultValue={q}
              style={{ width: phone ? '100%' : 280 }}
              onSearch={(v) => setParams(v ? { q: v } : {}, { replace: true })}
            />
          </FilterBar>
          {error ? (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, error)} />
          ) : null}
          <Card
            size="small"
            title={t('promotion:directory.organisations')}
            style={{ marginBottom: 16 }}
            extra={
              canWrite ? (
                <Button icon={<PlusOutlined />} onClick={() => setEditingOrg('new')}>
                  {t('promotion:directory.addOrganisation')}
                </Button>
              ) : null
            }
          >
            <Table<Organisation>
              rowKey="id"
              size="small"
              loading={organisations.isFetching}
              dataSource={organisations.data}
              scroll={{ x: 'max-content' }}
              pagination={false}
              locale={{ emptyText: t('promotion:directory.empty') }}
              columns={[
                {
                  title: t('promotion:fields.name'),
                  render: (_, o) =>
                    canWrite ? (
                      <Button type="link" style={{ padding: 0 }} onClick={() => setEditingOrg(o)}>
                        {o.name}
                      </Button>
                    ) : (
                      o.name
                    ),
                },
                { title: t('promotion:fields.kind'), render: (_, o) => t(`promotion:orgKinds.${o.kind}`) },
                { title: t('promotion:fields.country'), dataIndex: 'countryCode' },
                { title: t('promotion:fields.website'), render: (_, o) => o.website ?? '—' },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={t('promotion:directory.contacts')}
            extra={
              canWrite ? (
                <Button icon={<PlusOutlined />} onClick={() => setEditingContact('new')}>
                  {t('promotion:directory.addContact')}
                </Button>
              ) : null
            }
          >
            <Table<Contact>
              rowKey="id"
              size="small"
              loading={contacts.isFetching}
              dataSource={contacts.data}
              scroll={{ x: 'max-content' }}
              pagination={false}
              locale={{ emptyText: t('promotion:directory.empty') }}
              columns={[
                {
                  title: t('promotion:fields.fullName'),
                  render: (_, c) =>
                    canWrite ? (
                      <Button type="link" style={{ padding: 0 }} onClick={() => setEditingContact(c)}>
                        {c.fullName}
                      </Button>
                    ) : (
                      c.fullName
                    ),
                },
                { title: t('promotion:fields.organisation'), render: (_, c) => c.organisation?.name ?? '—' },
                { title: t('promotion:fields.position'), render: (_, c) => c.position ?? '—' },
                { title: t('promotion:fields.email'), render: (_, c) => c.email ?? '—' },
                { title: t('promotion:fields.phone'), render: (_, c) => c.phone ?? '—' },
              ]}
            />
          </Card>
        </>
      )}
      {editingOrg ? (
        <FormModal<FormValues>
          title={editingOrg === 'new' ? t('promotion:directory.addOrganisation') : editingOrg.name}
          okText={t('common:actions.save')}
          initialValues={editingOrg === 'new' ? { kind: 'company' } : editingOrg}
          send={(v) => {
            const body = {
              name: v.name,
              kind: v.kind,
              countryCode: v.countryCode,
              website: orNull(v.website),
              note: orNull(v.note),
            };
            return editingOrg === 'new'
              ? write.mutateAsync({
                  method: 'POST',
                  path: 'organisations',
                  body: { board: board.board?.code, ...body },
                })
              : write.mutateAsync({
                  method: 'PATCH',
                  path: `organisations/${editingOrg.id}`,
                  body: { version: editingOrg.version, ...body },
                });
          }}
          onClose={() => setEditingOrg(null)}
        >
          <TextItem name="name" label={t('promotion:fields.name')} required />
          <EnumItem
            name="kind"
            label={t('promotion:fields.kind')}
            values={ORGANISATION_KINDS}
            prefix="orgKinds"
            required
          />
          <Form.Item
            name="countryCode"
            label={t('promotion:fields.country')}
            rules={[{ required: true }, COUNTRY_RULE]}
          >
            <Input maxLength={2} />
          </Form.Item>
          <TextItem name="website" label={t('promotion:fields.website')} />
          <TextItem name="note" label={t('promotion:fields.note')} area max={2000} />
        </FormModal>
      ) : null}
      {editingContact ? (
        <FormModal<FormValues>
          title={editingContact === 'new' ? t('promotion:directory.addContact') : editingContact.fullName}
          okText={t('common:actions.save')}
          initialValues={
            editingContact === 'new'
              ? {}
              : { ...editingContact, organisationId: editingContact.organisation?.id }
          }
          send={(v) => {
            const body = {
              organisationId: v.organisationId ?? null,
              fullName: v.fullName,
              position: orNull(v.position),
              email: orNull(v.email),
              phone: orNull(v.phone),
              countryCode: orNull(v.countryCode),
              note: orNull(v.note),
            };
            return editingContact === 'new'
              ? write.mutateAsync({
                  method: 'POST',
                  path: 'contacts',
                  body: { board: board.board?.code, ...body },
                })
              : write.mutateAsync({
                  method: 'PATCH',
                  path: `contacts/${editingContact.id}`,
                  body: { version: editingContact.version, ...body },
                });
          }}
          onClose={() => setEditingContact(null)}
        >
          <TextItem name="fullName" label={t('promotion:fields.fullName')} required max={200} />
          <Form.Item name="organisationId" label={t('promotion:fields.organisation')}>
            <Select
              allowClear
              aria-label={t('promotion:fields.organisation')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
          <TextItem name="position" label={t('promotion:fields.position')} max={200} />
          <Form.Item name="email" label={t('promotion:fields.email')} rules={[{ type: 'email' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <TextItem name="phone" label={t('promotion:fields.phone')} max={50} />
          <Form.Item name="countryCode" label={t('promotion:fields.country')} rules={[COUNTRY_RULE]}>
            <Input maxLength={2} />
          </Form.Item>
          <TextItem name="note" label={t('promotion:fields.note')} area max={2000} />
        </FormModal>
      ) : null}
    </>
  );
}
