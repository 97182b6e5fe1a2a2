import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Result } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import type { SettingsEntityType } from './settings.api.ts';

/** What a settings page works with: the board chosen and whether this user may change it. */
export interface SettingsContext {
  boardId: string;
  canWrite: boolean;
}

/**
 * Whether the user holds a permission on this board: a national user on every board it sees, a
 * board user on its own only (the server decides the same, kernel/actor.ts#can).
 */
export function useCanOnBoard() {
  const me = useSession();
  return (permission: 'records.write' | 'audit.read', boardId: string | undefined) =>
    boardId !== undefined &&
    me.permissions.includes(permission) &&
    (me.scope === 'national' || (me.scope === 'board' && me.board?.id === boardId));
}

/**
 * A settings page: its title, the board picker (a user who sees several boards chooses the one
 * whose settings are shown), the button to this setting's change history, the actions, and the
 * page itself once a board is chosen.
 */
export function SettingsFrame({
  title,
  subtitle,
  history,
  actions,
  children,
}: {
  title: string;
  subtitle: string;
  /** The kind of record the history lists, and how its title names it. */
  history: { entityType: SettingsEntityType; what: string };
  actions?: (context: SettingsContext) => ReactNode;
  children: (context: SettingsContext) => ReactNode;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const choice = useBoardChoice();
  const canOnBoard = useCanOnBoard();
  const [historyOpen, setHistoryOpen] = useState(false);
  const boardId = choice.boardId;
  const canWrite = canOnBoard('records.write', boardId);
  const canHistory = canWrite || canOnBoard('audit.read', boardId);
  const context = boardId ? { boardId, canWrite } : null;

  return (
    <>
      <PageTitle
        title={title}
        subtitle={subtitle}
        extra={
          <Flex gap={8} wrap>
            <BoardPicker choice={choice} />
            {context && canHistory ? (
              <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
                {t('settings:history.open')}
              </Button>
            ) : null}
            {context && actions ? actions(context) : null}
          </Flex>
        }
      />
      {!context ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          {!canWrite ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settings:frame.readOnly')} />
          ) : null}
          {children(context)}
        </>
      )}
      {context && canHistory ? (
        <HistoryDrawer
          open={historyOpen}
          onClose={() => setHistoryOpen(false)}
          boardId={context.boardId}
          entityType={history.entityType}
          title={t('settings:history.title', { what: history.what })}
        />
      ) : null}
    </>
  );
}

/** What a page of records (rates, targets, province totals) hands its table: which one is edited. */
export interface RecordsContext<T> extends SettingsContext {
  /** The record in the edit dialog, `new` while adding one, null when none is open. */
  editing: T | 'new' | null;
  setEditing: (record: T | 'new' | null) => void;
}

/**
 * A settings page that is a list of records: SettingsFrame with an "add" button (for those who may
 * change the board's settings) that opens the page's edit dialog empty.
 */
export function SettingsRecordsPage<T>({
  section,
  entityType,
  children,
}: {
  /** The locale section: its title, subtitle, history and add texts. */
  section: 'rates' | 'targets' | 'province';
  entityType: SettingsEntityType;
  children: (context: RecordsContext<T>) => ReactNode;
}) {
  const { t } = useTranslation(['settings', 'common']);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return (
    <SettingsFrame
      title={t(`settings:${section}.title`)}
      subtitle={t(`settings:${section}.subtitle`)}
      history={{ entityType, what: t(`settings:${section}.history`) }}
      actions={({ canWrite }) =>
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t(`settings:${section}.add`)}
          </Button>
        ) : null
      }
    >
      {(context) => children({ ...context, editing, setEditing })}
    </SettingsFrame>
  );
}

/** The settings could not be read: said in place of the table. */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation(['settings', 'common']);
  return <Result status="warning" title={t('settings:frame.loadFailed')} subTitle={errorMessage(t, error)} />;
}
