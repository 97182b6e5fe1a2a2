import { FileExcelOutlined, FileWordOutlined, NumberOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { queryString } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { downloadFile } from '../../shared/download.ts';
import { errorMessage } from '../../shared/errors.ts';
import { TakeNumberModal } from '../documents/index.ts';

type ReportPath = '/reports/investment' | '/reports/zones' | '/reports/production' | '/reports/periodic';
type Query = Record<string, string | string[] | undefined>;

interface Signature {
  number?: string;
  date: Dayjs | null;
  signer?: string;
  signerTitle?: string;
}

/** Who signs the board's reports, as last written in this browser (remembered per board). */
function rememberedSigner(board: string): { signer?: string; signerTitle?: string } {
  try {
    return JSON.parse(localStorage.getItem(`kcn.signer.${board}`) ?? '{}') as {
      signer?: string;
      signerTitle?: string;
    };
  } catch {
    return {};
  }
}

function rememberSigner(board: string, value: { signer?: string; signerTitle?: string }) {
  try {
    localStorage.setItem(`kcn.signer.${board}`, JSON.stringify(value));
  } catch {
    // Storage refused: the next report asks again.
  }
}

/**
 * A report's documents (contract documents-v1): "Tải Word" — the Decree 30 report, its number,
 * date and signer asked in a small form (a number can be taken in the board's register);
 * "Tải Excel" — the statistical form; "In" — the page printed without the menu and filters.
 * The same address as the JSON the page shows, with `format`.
 */
export default function ReportDownloads({
  path,
  query,
  summary,
}: {
  path: ReportPath;
  query: Query;
  /** Trích yếu, for a number taken in the register. */
  summary: string;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const { message } = App.useApp();
  const me = useSession();
  const [busy, setBusy] = useState<'xlsx' | null>(null);
  const [asking, setAsking] = useState(false);
  const codes = [query.board ?? []].flat();
  const single =
    codes.length === 1
      ? me.visibleBoards.find((b) => b.code === codes[0])
      : me.visibleBoards.length === 1
        ? me.visibleBoards[0]
        : undefined;

  async function excel() {
    setBusy('xlsx');
    try {
      await downloadFile(`/api/v1${path}${queryString({ ...query, format: 'xlsx' })}`, 'bao-cao.xlsx');
    } catch (error) {
      void message.error(t('reports:documents.failed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Space wrap className="kcn-no-print">
        <Button icon={<FileWordOutlined />} onClick={() => setAsking(true)}>
          {t('reports:documents.word')}
        </Button>
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void excel()}>
          {t('reports:documents.excel')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('reports:documents.print')}
        </Button>
      </Space>
      {asking ? (
        <WordModal
          path={path}
          query={query}
          summary={summary}
          board={single ? { id: single.id, code: single.code } : undefined}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}

/** Tải báo cáo Word: the number, date and signer the Decree 30 header and signature block print. */
function WordModal({
  path,
  query,
  summary,
  board,
  onClose,
}: {
  path: ReportPath;
  query: Query;
  summary: string;
  board: { id: string; code: string } | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation(['reports', 'common']);
  const [form] = Form.useForm<Signature>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [numbering, setNumbering] = useState(false);
  const remembered = board ? rememberedSigner(board.id) : {};

  async function download(values: Signature) {
    setBusy(true);
    setProblem(null);
    const signer = values.signer?.trim() || undefined;
    const signerTitle = values.signerTitle?.trim() || undefined;
    if (board) rememberSigner(board.id, { signer, signerTitle });
    try {
      await downloadFile(
        `/api/v1${path}${queryString({
          ...query,
          format: 'docx',
          number: values.number?.trim() || undefined,
          date: (values.date ?? dayjs()).format('YYYY-MM-DD'),
          signer,
          signerTitle,
        })}`,
        'bao-cao.docx',
      );
      onClose();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('reports:documents.wordTitle')}
      okText={t('reports:documents.wordSubmit')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: busy }}
      mask={{ closable: false }}
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} />
      ) : null}
      <Form<Signature>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs(), ...remembered }}
        onFinish={(values) => void download(values)}
      >
        <Form.Item label={t('reports:documents.number')} extra={t('reports:documents.numberHint')}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="number" noStyle>
              <Input maxLength={60} placeholder="05/BC-BQL" aria-label={t('reports:documents.number')} />
            </Form.Item>
            {board ? (
              <Button icon={<NumberOutlined />} onClick={() => setNumbering(true)}>
                {t('reports:documents.takeNumber')}
              </Button>
            ) : null}
          </Space.Compact>
        </Form.Item>
        <Form.Item name="date" label={t('reports:documents.date')}>
          <DateField />
        </Form.Item>
        <Form.Item name="signer" label={t('reports:documents.signer')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('reports:documents.signerTitle')}>
          <Input maxLength={200} placeholder={t('reports:documents.signerTitlePlaceholder')} />
        </Form.Item>
      </Form>
      {numbering && board ? (
        <Suspense fallback={null}>
          <TakeNumberModal
            boardId={board.id}
            initial={{ summary, source: `${path}${queryString(query)}` }}
            onClose={(taken) => {
              setNumbering(false);
              if (taken)
                form.setFieldsValue({
                  number: taken.number,
                  date: dayjs(taken.issuedOn),
                  ...(taken.signer ? { signer: taken.signer } : {}),
                  ...(taken.signerTitle ? { signerTitle: taken.signerTitle } : {}),
                });
            }}
          />
        </Suspense>
      ) : null}
    </Modal>
  );
}
