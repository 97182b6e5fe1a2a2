import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { ApiTokensCard } from './ApiTokensCard.tsx';
import { ChangePasswordCard } from './ChangePasswordCard.tsx';
import { ProfileCard } from './ProfileCard.tsx';

/** Tài khoản của tôi: who I am, my password, my API tokens — for every signed-in user. */
export function Component() {
  const { t } = useTranslation('account');
  const me = useSession();
  return (
    <>
      <PageTitle title={t('title')} subtitle={`${me.fullName} · ${me.username}`} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ProfileCard />
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordCard />
        </Col>
        <Col span={24}>
          <ApiTokensCard />
        </Col>
      </Row>
    </>
  );
}
