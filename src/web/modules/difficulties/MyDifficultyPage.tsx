import { Alert, Button, Result, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { canDo } from '../../../domain/difficulties.ts';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { useDifficulty } from './difficulties.api.ts';
import { DifficultyDetails } from './DifficultyDetails.tsx';
import { FeedbackModal } from './FeedbackModal.tsx';
import { StatusTag } from './words.tsx';

/**
 * One of the enterprise's own difficulties: what it raised, whom the board routed it to and its
 * timeline; once answered, the answer with "Đã được giải quyết" (confirm, a word optional) and
 * "Chưa thỏa đáng" (reopen, saying why).
 */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['difficulties', 'common']);
  const canRaise = useCan('difficulties.raise');
  const difficulty = useDifficulty(id);
  const [dialog, setDialog] = useState<'confirm' | 'reopen' | null>(null);

  if (difficulty.isPending) return <Spin />;
  if (difficulty.error) return <Result status="warning" title={errorMessage(t, difficulty.error)} />;
  const d = difficulty.data;
  const answered = canRaise && canDo(d.status, 'confirm');

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
        extra={<Link to="/my-difficulties">{t('difficulties:my.back')}</Link>}
      />
      {answered ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('difficulties:my.answeredQuestion')}
          description={
            <Space wrap style={{ marginTop: 8 }}>
              <Button type="primary" onClick={() => setDialog('confirm')}>
                {t('difficulties:confirm.own')}
              </Button>
              <Button danger onClick={() => setDialog('reopen')}>
                {t('difficulties:reopen.own')}
              </Button>
            </Space>
          }
        />
      ) : null}
      <DifficultyDetails difficulty={d} staff={false} />
      {dialog ? (
        <FeedbackModal
          difficulty={d}
          kind={dialog}
          staff={false}
          onClose={() => setDialog(null)}
          onReload={() => difficulty.refetch()}
        />
      ) : null}
    </>
  );
}
