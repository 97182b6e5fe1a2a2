import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/DateField.tsx';
import { MoneyInput } from '../../shared/MoneyInput.tsx';

export const DATE_FORMAT = 'DD/MM/YYYY';

/** A whole amount that, when given, must be more than zero. */
export const positiveAmount = (message: string) => ({
  validator: (_rule: unknown, value: string | null | undefined) =>
    value && /^[0.]+$/.test(value) ? Promise.reject(new Error(message)) : Promise.resolve(),
});

/**
 * The fields of an investment registration certificate (new or adjusted): date, number, registered
 * capital in đồng and, for a foreign project, in USD, and a note. `labels` picks the wording.
 */
export function CertificateFields({
  prefix = [],
  labels,
  capitalRequired,
  showUsd,
}: {
  prefix?: string[];
  labels: 'certificate' | 'adjustment';
  capitalRequired: boolean;
  showUsd: boolean;
}) {
  const { t } = useTranslation('projects');
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={name('date')}
            label={t(`${labels}.date`)}
            rules={[{ required: true, message: t('validation.date') }]}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name={name('documentNo')}
            label={t(`${labels}.documentNo`)}
            rules={[{ required: true, whitespace: true, message: t('validation.documentNo') }]}
          >
            <Input
              placeholder={t(`${labels}.documentNoPlaceholder`)}
              maxLength={100}
              // The number of this certificate: never one the browser remembers from another record.
              autoComplete="off"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={showUsd ? 12 : 24}>
          <Form.Item
            name={name('capitalVnd')}
            label={t(`${labels}.capitalVnd`)}
            extra={capitalRequired ? undefined : t('adjustment.capitalHint')}
            rules={[
              ...(capitalRequired ? [{ required: true, message: t('validation.capitalVnd') }] : []),
              positiveAmount(t('validation.capitalPositive')),
            ]}
          >
            <MoneyInput />
          </Form.Item>
        </Col>
        {showUsd ? (
          <Col xs={24} md={12}>
            <Form.Item name={name('capitalUsd')} label={t(`${labels}.capitalUsd`)}>
              <MoneyInput usd />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Form.Item name={name('note')} label={t('fields.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}
