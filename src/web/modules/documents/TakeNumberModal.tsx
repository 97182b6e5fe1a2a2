import { Alert, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES, type DocumentType } from '../../../domain/document-number.ts';
import { DateField } from '../../shared/DateField.tsx';
import { applyApiError } from '../../shared/errors.ts';
import {
  rememberAgencySymbol,
  rememberedAgencySymbol,
  useTakeNumber,
  type OutgoingDocument,
} from './documents.api.ts';

interface Values {
  type: DocumentType;
  summary: string;
  issuedOn: Dayjs | null;
  signer?: string;
  signerTitle?: string;
  agencySymbol: string;
}

/**
 * Lấy số văn bản: a document's number in the board's yearly register (01 from 1 January), its
 * summary, date and signer. The number is taken when the form is sent, and is the board's for good.
 */
export function TakeNumberModal({
  boardId,
  initial,
  onClose,
}: {
  boardId: string;
  /** What the page knows already (a report's summary, the source it was made from). */
  initial?: { summary?: string; source?: string };
  onClose: (taken?: OutgoingDocument) => void;
}) {
  const { t } = useTranslation(['documents', 'common']);
  const [form] = Form.useForm<Values>();
  const take = useTakeNumber();
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(values: Values) {
    setProblems([]);
    try {
      const symbol = values.agencySymbol.trim().toUpperCase();
      const taken = await take.mutateAsync({
        boardId,
        type: values.type,
        summary: values.summary.trim(),
        issuedOn: (values.issuedOn ?? dayjs()).format('YYYY-MM-DD'),
        signer: values.signer?.trim() || undefined,
        signerTitle: values.signerTitle?.trim() || undefined,
        agencySymbol: symbol,
        source: initial?.source,
      });
      rememberAgencySymbol(boardId, symbol);
      onClose(taken);
    } catch (error) {
      setProblems(applyApiError(form, t, error));
    }
  }

  return (
    <Modal
      open
      title={t('documents:take.title')}
      okText={t('documents:take.submit')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      okButtonProps={{ loading: take.isPending }}
      mask={{ closable: false }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('documents:take.hint')} />
      {problems.length > 0 ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problems.join(' ')} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          type: 'BC',
          summary: initial?.summary ?? '',
          issuedOn: dayjs(),
          agencySymbol: rememberedAgencySymbol(boardId),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="type" label={t('documents:fields.type')}>
          <Select
            options={DOCUMENT_TYPE_CODES.map((code) => ({
              value: code,
              label: `${DOCUMENT_TYPES[code].name} (${DOCUMENT_TYPES[code].symbol})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('documents:fields.summary')}
          rules={[{ required: true, whitespace: true, message: t('common:fieldErrors.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('documents:fields.issuedOn')}
          extra={t('documents:take.yearHint')}
          rules={[{ required: true, message: t('common:fieldErrors.required') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item name="signer" label={t('documents:fields.signer')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('documents:fields.signerTitle')}>
          <Input maxLength={200} placeholder={t('documents:take.signerTitlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="agencySymbol"
          label={t('documents:fields.agencySymbol')}
          extra={t('documents:take.agencySymbolHint')}
          rules={[
            { required: true, message: t('common:fieldErrors.required') },
            { pattern: /^[A-Za-zĐđ][A-Za-zĐđ0-9]{1,11}$/, message: t('documents:take.agencySymbolInvalid') },
          ]}
        >
          <Input maxLength={12} style={{ width: 160, textTransform: 'uppercase' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
