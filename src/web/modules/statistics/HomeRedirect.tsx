import { Navigate } from 'react-router';
import { useSession } from '../../app/session.tsx';

/**
 * The signed-in home: an enterprise files its reports; staff start from what needs doing today
 * across modules (/today: dossiers overdue or due soon, reports to review …); a user without
 * records.read (none today) reads the reports.
 */
export function HomeRedirect() {
  const me = useSession();
  const home =
    me.role === 'enterprise'
      ? '/filing'
      : me.permissions.includes('records.read')
        ? '/today'
        : '/reports/investment';
  return <Navigate to={home} replace />;
}
