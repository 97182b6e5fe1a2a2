import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/DateField.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { downloadBlocReport, type BlocReportQuery } from './blocs.api.ts';

interface Signature {
  number?: string;
  date: Dayjs | null;
  signer?: string;
  signerTitle?: string;
}

/**
 * The bloc report's documents (documents-v1): "Tải Word" — the Decree 30 report, its number, date
 * and signer asked first; "Tải Excel" — the table of members and totals; "In" — the page printed.
 */
export default function BlocReportDownloads({ query }: { query: BlocReportQuery }) {
  const { t } = useTranslation(['blocs', 'common']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  async function excel() {
    setBusy(true);
    try {
      await downloadBlocReport(query, 'xlsx');
    } catch (error) {
      void message.error(t('blocs:documents.failed', { message: errorMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Space wrap className="kcn-no-print">
        <Button icon={<FileWordOutlined />} onClick={() => setAsking(true)}>
          {t('blocs:documents.word')}
        </Button>
        <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void excel()}>
          {t('blocs:documents.excel')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('blocs:documents.print')}
        </Button>
      </Space>
      {asking ? <WordModal query={query} onClose={() => setAsking(false)} /> : null}
    </>
  );
}

/** Tải báo cáo Word: the number, date and signer the header and signature block print. */
function WordModal({ query, onClose }: { query: BlocReportQuery; onClose: () => void }) {
  const { t } = useTranslation(['blocs', 'common']);
  const [form] = Form.useForm<Signature>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download(values: Signature) {
    setBusy(true);
    setProblem(null);
    try {
      await downloadBlocReport(query, 'docx', {
        number: values.number?.trim() || undefined,
        date: (values.date ?? dayjs()).format('YYYY-MM-DD'),
        signer: values.signer?.trim() || undefined,
        signerTitle: values.signerTitle?.trim() || undefined,
      });
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
      title={t('blocs:documents.wordTitle')}
      okText={t('blocs:documents.wordSubmit')}
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
        initialValues={{ date: dayjs() }}
        onFinish={(values) => void download(values)}
      >
        <Form.Item name="number" label={t('blocs:documents.number')}>
          <Input maxLength={60} placeholder="05/BC-KTĐ" />
        </Form.Item>
        <Form.Item name="date" label={t('blocs:documents.date')}>
          <DateField />
        </Form.Item>
        <Form.Item name="signer" label={t('blocs:documents.signer')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('blocs:documents.signerTitle')}>
          <Input maxLength={200} placeholder={t('blocs:documents.signerTitlePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
