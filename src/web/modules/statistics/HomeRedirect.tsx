import { Navigate } from 'react-router';
import { useSession } from '../../app/session.tsx';

/** The signed-in home: an enterprise files its reports; staff read the reports. */
export function HomeRedirect() {
  const me = useSession();
  return <Navigate to={me.role === 'enterprise' ? '/filing' : '/reports/investment'} replace />;
}
