import { Navigate } from 'react-router';
import { useSession } from '../../app/session.tsx';

/**
 * The signed-in home: an enterprise files its reports; staff who handle the one-stop shop start
 * from what needs doing today (dossiers overdue or due within two working days); others read the
 * reports.
 */
export function HomeRedirect() {
  const me = useSession();
  const home =
    me.role === 'enterprise'
      ? '/filing'
      : me.permissions.includes('onestop.process')
        ? '/one-stop'
        : '/reports/investment';
  return <Navigate to={home} replace />;
}
