import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Popconfirm, Result, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../app/session.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { adminErrorMessage, isForbidden, isVersionConflict } from './admin-errors.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { Forbidden } from './Forbidden.tsx';
import { OneTimePasswordModal, type OneTimePassword } from './OneTimePasswordModal.tsx';
import { useBlocs, useResetPassword, useUpdateUser, useUsers, type User } from './users.api.ts';

/** Enterprise accounts (made from their enterprise) get the plain tag. */
const ROLE_COLORS: Partial<Record<User['role'], string>> = {
  admin: 'red',
  leader: 'purple',
  staff: 'blue',
  viewer: 'default',
};

/** Người dùng: accounts of the board (or all, for a national administrator) and what they may do. */
export function Component() {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const me = useSession();
  const allowed = useCan('users.manage');
  // Asked even without the permission: the API's 403 is the authority, the menu only a hint.
  const users = useUsers();
  // A national administrator's list names each bloc user's bloc.
  const nationalAdmin = useCan('boards.manage');
  const blocs = useBlocs(nationalAdmin);
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [password, setPassword] = useState<OneTimePassword | null>(null);
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);

  if (!allowed || isForbidden(users.error)) return <Forbidden />;
  if (users.error) return <Result status="warning" title={adminErrorMessage(t, users.error)} />;

  const boardName = (id: string | null) =>
    id === null ? '—' : (me.visibleBoards.find((b) => b.id === id)?.name ?? '—');
  const blocName = (id: string | null) => blocs.data?.items.find((b) => b.id === id)?.name;
  const scopeLabel = (user: User) => {
    if (user.scope === 'board') return boardName(user.boardId);
    const bloc = user.scope === 'bloc' ? blocName(user.blocId) : undefined;
    return bloc ? t('admin:users.inBloc', { bloc }) : t(`common:scopes.${user.scope}`);
  };
  const editing = users.data?.items.find((u) => u.id === editingId) ?? null;

  async function run(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure({ message: adminErrorMessage(t, error), conflict: isVersionConflict(error) });
    }
  }

  const toggleDisabled = (user: User) =>
    run(() => update.mutateAsync({ id: user.id, version: user.version, disabled: !user.disabled }));
  const resetPassword = (user: User) =>
    run(async () => {
      const { password: value } = await reset.mutateAsync(user.id);
      setPassword({ username: user.username, password: value, reason: 'reset' });
    });

  return (
    <>
      <PageTitle
        title={t('admin:users.title')}
        subtitle={me.board ? me.board.name : t('admin:users.subtitleNational')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('admin:users.create')}
          </Button>
        }
      />
      {failure ? (
        <Alert
          type={failure.conflict ? 'warning' : 'error'}
          showIcon
          role="alert"
          closable={{ onClose: () => setFailure(null) }}
          style={{ marginBottom: 16 }}
          title={failure.message}
          action={
            failure.conflict ? (
              <Button size="small" onClick={() => void users.refetch().then(() => setFailure(null))}>
                {t('common:actions.reload')}
              </Button>
            ) : null
          }
        />
      ) : null}
      <Table<User>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data?.items}
        // Columns at their own width (the scope is cut at 220 px): narrower screens scroll the table.
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('admin:users.username'), dataIndex: 'username' },
          { title: t('admin:users.fullName'), dataIndex: 'fullName' },
          {
            title: t('admin:users.role'),
            dataIndex: 'role',
            render: (role: User['role']) => <Tag color={ROLE_COLORS[role]}>{t(`common:roles.${role}`)}</Tag>,
          },
          {
            title: t('admin:users.scope'),
            key: 'scope',
            ellipsis: true,
            width: 220,
            render: (_: unknown, user) => scopeLabel(user),
          },
          {
            title: t('admin:users.status'),
            dataIndex: 'disabled',
            render: (disabled: boolean) =>
              disabled ? (
                <Tag color="default">{t('admin:users.disabled')}</Tag>
              ) : (
                <Tag color="green">{t('admin:users.active')}</Tag>
              ),
          },
          {
            title: t('admin:users.lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (at: string | null) => (at ? format.dateTime(at) : t('admin:users.never')),
          },
          {
            title: t('admin:users.actions'),
            key: 'actions',
            width: 330,
            render: (_: unknown, user) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditingId(user.id)}>
                  {t('common:actions.edit')}
                </Button>
                <Popconfirm
                  title={t(user.disabled ? 'admin:users.enableConfirm' : 'admin:users.disableConfirm', {
                    username: user.username,
                  })}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => toggleDisabled(user)}
                >
                  <Button size="small" danger={!user.disabled}>
                    {t(user.disabled ? 'admin:users.enable' : 'admin:users.disable')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('admin:users.resetConfirm', { username: user.username })}
                  okText={t('common:actions.confirm')}
                  cancelText={t('common:actions.cancel')}
                  onConfirm={() => resetPassword(user)}
                >
                  <Button size="small">{t('admin:users.resetPassword')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(username, value) => {
          setCreating(false);
          setPassword({ username, password: value, reason: 'created' });
        }}
      />
      <EditUserModal user={editing} onClose={() => setEditingId(null)} onReload={() => users.refetch()} />
      <OneTimePasswordModal value={password} onClose={() => setPassword(null)} />
    </>
  );
}
