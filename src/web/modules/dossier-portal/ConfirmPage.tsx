import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../shared/errors.ts';
import { confirmPublicDossier } from './portal.api.ts';
import { PublicFrame } from './PublicFrame.tsx';

type State = { kind: 'working' } | { kind: 'done'; code: string } | { kind: 'failed'; message: string };

/**
 * Xác nhận hồ sơ (`/nop-ho-so/xac-nhan?token=…`), the link of the confirmation e-mail: confirms
 * once (POST) and shows the dossier's code with a link to its look-up.
 */
export function Component() {
  const { t } = useTranslation(['dossierPortal', 'common']);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token')?.trim() ?? '';
  const [state, setState] = useState<State>(
    token ? { kind: 'working' } : { kind: 'failed', message: t('confirm.missingToken') },
  );
  // Once per token, even when React runs the effect twice in development.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    confirmPublicDossier(token).then(
      (answer) => setState({ kind: 'done', code: answer.code }),
      (error: unknown) => setState({ kind: 'failed', message: errorMessage(t, error) }),
    );
  }, [token, t]);

  return (
    <PublicFrame title={t('confirm.title')}>
      {state.kind === 'working' ? (
        <div role="status" style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
          <div>{t('confirm.working')}</div>
        </div>
      ) : state.kind === 'done' ? (
        <Result
          status="success"
          title={t('confirm.doneTitle', { code: state.code })}
          subTitle={t('confirm.doneText')}
          extra={
            <Button
              type="primary"
              onClick={() => void navigate(`/tra-cuu-ho-so/${encodeURIComponent(state.code)}`)}
            >
              {t('confirm.lookup')}
            </Button>
          }
        />
      ) : (
        <Result status="warning" title={t('confirm.failed')} subTitle={state.message} />
      )}
    </PublicFrame>
  );
}
