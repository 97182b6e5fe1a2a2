import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SEARCH_BY_LABEL } from '../shared/search-select.ts';
import { useSession, type BoardRef } from './session.tsx';

/** The board last chosen in this browser, offered again on the next page that needs one. */
const CHOSEN_BOARD_KEY = 'kcn.board';

function remembered(): string | null {
  try {
    return localStorage.getItem(CHOSEN_BOARD_KEY);
  } catch {
    return null;
  }
}

function remember(boardId: string) {
  try {
    localStorage.setItem(CHOSEN_BOARD_KEY, boardId);
  } catch {
    // Storage refused (private mode): the choice then lives in the address only.
  }
}

export interface BoardChoice {
  /** The board the page acts on; undefined while a user who sees several has not chosen. */
  boardId: string | undefined;
  board: BoardRef | undefined;
  /** The boards to choose from: more than one means the page shows a BoardPicker. */
  boards: BoardRef[];
  choose(boardId: string): void;
}

/**
 * Which board a page that acts on one board works on (a period's completeness, its enterprises,
 * the settings). A user of one board has it; a user who sees several (national, bloc) picks one,
 * kept in the address (`boardId`, so a link keeps it) and remembered for the next page — so no
 * page ever asks the API without a board and gets `…_BOARD_REQUIRED`.
 */
export function useBoardChoice(): BoardChoice {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const boards = me.visibleBoards;
  const visible = (id: string | null | undefined) => (id ? boards.find((b) => b.id === id) : undefined);
  const board =
    boards.length === 1
      ? boards[0]
      : (visible(params.get('boardId')) ?? visible(remembered()) ?? visible(me.board?.id));
  return {
    boardId: board?.id,
    board,
    boards,
    choose(boardId) {
      remember(boardId);
      const next = new URLSearchParams(window.location.search);
      next.set('boardId', boardId);
      next.delete('page');
      setParams(next, { replace: true });
    },
  };
}

/** Ban Quản lý: the picker of useBoardChoice, shown only to a user who sees several boards. */
export function BoardPicker({ choice }: { choice: BoardChoice }) {
  const { t } = useTranslation('common');
  if (choice.boards.length < 2) return null;
  return (
    <Select
      showSearch={SEARCH_BY_LABEL}
      value={choice.boardId}
      placeholder={t('boardChoice.placeholder')}
      aria-label={t('boardChoice.label')}
      style={{ width: 320, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      onChange={(id: string) => choice.choose(id)}
      options={choice.boards.map((b) => ({ value: b.id, label: `${b.code} — ${b.name}` }))}
    />
  );
}
