import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOSSIER_CHANNELS, DOSSIER_STATUSES } from '../../../domain/one-stop.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { useListParams } from '../../shared/list-params.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';
import { useDossiers } from './dossiers.api.ts';
import { DossierTable } from './DossierTable.tsx';
import { useProcedureOptions } from './procedures.api.ts';

const FILTERS = ['status', 'procedureId', 'channel', 'risk', 'search'] as const;
const RISKS = ['overdue', 'due_soon'] as const;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/** Hồ sơ: every dossier of the board, filtered in the address (status, procedure, channel, risk, search). */
export function Component() {
  const { t } = useTranslation(['oneStop', 'common']);
  const navigate = useNavigate();
  const phone = usePhone();
  const canProcess = useCan('onestop.process');
  const board = useBoardChoice();
  const params = useListParams(FILTERS);
  const status = oneOf(DOSSIER_STATUSES, one(params.values.status));
  const channel = oneOf(DOSSIER_CHANNELS, one(params.values.channel));
  const risk = oneOf(RISKS, one(params.values.risk));
  const procedureId = one(params.values.procedureId);
  const search = one(params.values.search);
  const procedures = useProcedureOptions(board.boardId);
  const dossiers = useDossiers(
    {
      boardId: board.boardId,
      status,
      channel,
      risk,
      procedureId,
      search,
      page: params.page,
      pageSize: params.pageSize,
    },
    board.boardId !== undefined || board.boards.length > 1,
  );

  return (
    <>
      <PageTitle
        title={t('oneStop:list.title')}
        subtitle={t('oneStop:list.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={board} />
            {canProcess ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/one-stop/dossiers/new')}
              >
                {t('oneStop:list.receive')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space
        wrap
        style={{ marginBottom: 16, width: phone ? '100%' : undefined }}
        orientation={phone ? 'vertical' : 'horizontal'}
      >
        <Input.Search
          allowClear
          defaultValue={search}
          key={search ?? ''}
          placeholder={t('oneStop:list.search')}
          aria-label={t('oneStop:list.search')}
          style={{ width: phone ? '100%' : 300 }}
          onSearch={(value) => params.update({ search: value.trim() || undefined })}
        />
        <Select
          allowClear
          aria-label={t('oneStop:list.status')}
          placeholder={t('oneStop:list.allStatuses')}
          value={status}
          style={{ width: phone ? '100%' : 190 }}
          onChange={(value?: string) => params.update({ status: value })}
          options={DOSSIER_STATUSES.filter((s) => s !== 'unconfirmed').map((s) => ({
            value: s,
            label: t(`oneStop:statuses.${s}`),
          }))}
        />
        <Select
          allowClear
          showSearch={SEARCH_BY_LABEL}
          aria-label={t('oneStop:list.procedure')}
          placeholder={t('oneStop:list.allProcedures')}
          value={procedureId}
          style={{ width: phone ? '100%' : 280 }}
          popupMatchSelectWidth={false}
          onChange={(value?: string) => params.update({ procedureId: value })}
          options={procedures.options}
        />
        <Select
          allowClear
          aria-label={t('oneStop:list.channel')}
          placeholder={t('oneStop:list.allChannels')}
          value={channel}
          style={{ width: phone ? '100%' : 160 }}
          onChange={(value?: string) => params.update({ channel: value })}
          options={DOSSIER_CHANNELS.map((c) => ({ value: c, label: t(`oneStop:channelsShort.${c}`) }))}
        />
        <Select
          allowClear
          aria-label={t('oneStop:list.risk')}
          placeholder={t('oneStop:list.allRisks')}
          value={risk}
          style={{ width: phone ? '100%' : 170 }}
          onChange={(value?: string) => params.update({ risk: value })}
          options={RISKS.map((r) => ({ value: r, label: t(`oneStop:risk.${r}`) }))}
        />
      </Space>
      {dossiers.error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorMessage(t, dossiers.error)} />
      ) : null}
      <DossierTable
        caption={t('oneStop:list.caption')}
        dossiers={dossiers.data?.items}
        loading={dossiers.isFetching}
        empty={t('oneStop:list.empty')}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: dossiers.data?.total,
          simple: phone,
          showTotal: (total) => t('common:list.total', { total }),
          onChange: (page, pageSize) => params.update({ page, pageSize }),
        }}
      />
    </>
  );
}
