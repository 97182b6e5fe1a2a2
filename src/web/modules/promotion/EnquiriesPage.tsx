import { Alert, App, Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ENQUIRY_STATUSES } from '../../../domain/promotion.ts';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useCan } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FilterBar } from '../../shared/FilterBar.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import { usePhone } from '../../shared/screen.ts';
import { useEnquiries, useWrite, type Enquiry, type LeadDetail } from './promotion.api.ts';

/** Yêu cầu thông tin from the public site: make a lead, set aside as spam, or close (?status=). */
export function Component() {
  const { t } = useTranslation(['promotion', 'common']);
  const format = useFormat();
  const phone = usePhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canWrite = useCan('records.write');
  const board = useBoardChoice();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'new';
  const enquiries = useEnquiries({ board: board.board?.code, status }, board.boardId !== undefined);
  const write = useWrite<LeadDetail | Enquiry>();

  async function act(e: Enquiry, action: 'lead' | 'spam' | 'closed') {
    try {
      const answer = await write.mutateAsync(
        action === 'lead'
          ? { method: 'POST', path: `enquiries/${e.id}/lead`, body: { version: e.version } }
          : { method: 'POST', path: `enquiries/${e.id}/close`, body: { version: e.version, status: action } },
      );
      if (action === 'lead') void navigate(`/promotion/leads/${answer.id}`);
      else void message.success(t('promotion:saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  }

  return (
    <>
      <PageTitle title={t('promotion:enquiries.title')} extra={<BoardPicker choice={board} />} />
      {!board.boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : (
        <>
          <FilterBar phone={phone}>
            <Segmented
              aria-label={t('promotion:fields.status')}
              value={status}
              onChange={(v) => setParams({ status: String(v) }, { replace: true })}
              options={ENQUIRY_STATUSES.map((s) => ({
                value: s,
                label: t(`promotion:enquiryStatuses.${s}`),
              }))}
            />
          </FilterBar>
          {enquiries.error ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={errorMessage(t, enquiries.error)}
            />
          ) : null}
          <Table<Enquiry>
            rowKey="id"
            size="small"
            loading={enquiries.isFetching}
            dataSource={enquiries.data}
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: t('promotion:enquiries.empty') }}
            columns={[
              { title: t('promotion:fields.receivedAt'), render: (_, e) => format.dateTime(e.receivedAt) },
              {
                title: t('promotion:fields.fullName'),
                render: (_, e) => (
                  <Space direction="vertical" size={0}>
                    <span>{e.fullName}</span>
                    {e.organisation ? (
                      <Typography.Text type="secondary">{e.organisation}</Typography.Text>
                    ) : null}
                    <Typography.Text type="secondary">
                      {[e.email, e.phone].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: t('promotion:fields.country'), render: (_, e) => e.countryCode ?? '—' },
              {
                title: t('promotion:fields.message'),
                render: (_, e) => (
                  <Typography.Paragraph
                    style={{ maxWidth: 420, marginBottom: 0 }}
                    ellipsis={{ rows: 3, expandable: true }}
                  >
                    <Tag>{e.language.toUpperCase()}</Tag>
                    {e.message}
                  </Typography.Paragraph>
                ),
              },
              {
                title: t('promotion:fields.status'),
                render: (_, e) =>
                  e.leadId ? (
                    <Link to={`/promotion/leads/${e.leadId}`}>{t('promotion:enquiries.openLead')}</Link>
                  ) : canWrite && (e.status === 'new' || e.status === 'spam') ? (
                    <Space wrap>
                      <Button
                        size="small"
                        type="primary"
                        loading={write.isPending}
                        onClick={() => void act(e, 'lead')}
                      >
                        {t('promotion:enquiries.makeLead')}
                      </Button>
                      {e.status === 'new' ? (
                        <Button size="small" danger onClick={() => void act(e, 'spam')}>
                          {t('promotion:enquiries.spam')}
                        </Button>
                      ) : null}
                      <Button size="small" onClick={() => void act(e, 'closed')}>
                        {t('promotion:enquiries.close')}
                      </Button>
                    </Space>
                  ) : (
                    t(`promotion:enquiryStatuses.${e.status}`)
                  ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
