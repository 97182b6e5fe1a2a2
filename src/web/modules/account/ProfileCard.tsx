import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';

/** Who I am: name, username, role, and the board (or boards) I work with. */
export function ProfileCard() {
  const { t } = useTranslation(['account', 'common']);
  const me = useSession();
  const boards =
    me.board?.name ??
    (me.visibleBoards.length === 1
      ? me.visibleBoards[0]!.name
      : t('account:profile.allBoards', { count: me.visibleBoards.length }));
  return (
    <Card title={t('account:profile.title')}>
      <Descriptions column={1} size="small" colon={false} styles={{ label: { width: 140 } }}>
        <Descriptions.Item label={t('account:profile.fullName')}>
          <Typography.Text strong data-testid="account-full-name">
            {me.fullName}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('account:profile.username')}>
          <Typography.Text code>{me.username}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('account:profile.role')}>
          <Tag>{t(`common:roles.${me.role}`)}</Tag>
        </Descriptions.Item>
        {/* An enterprise account files its own enterprise's reports: no scope to explain. */}
        {me.role === 'enterprise' ? null : (
          <Descriptions.Item label={t('account:profile.scope')}>
            <div>
              {t(`common:scopes.${me.scope}`)}
              <br />
              <Typography.Text type="secondary">{t(`account:profile.scopeHint.${me.scope}`)}</Typography.Text>
            </div>
          </Descriptions.Item>
        )}
        <Descriptions.Item
          label={t(me.scope === 'board' ? 'account:profile.board' : 'account:profile.boards')}
        >
          {boards}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
