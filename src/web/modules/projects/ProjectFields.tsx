import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

/**
 * The fields that describe a project — name, zone, FDI/DDI, VSIC sector, land — as registering a
 * project and correcting it both ask for them.
 */
export function ProjectFields({
  zones,
  zonesLoading = false,
}: {
  zones: { value: string; label: string }[];
  zonesLoading?: boolean;
}) {
  const { t } = useTranslation(['projects', 'common']);
  const format = useFormat();
  return (
    <>
      <Form.Item
        name="name"
        label={t('projects:fields.name')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('projects:validation.name') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="zoneId"
            label={t('projects:fields.zone')}
            rules={[{ required: true, message: t('projects:validation.zone') }]}
          >
            <Select
              showSearch={SEARCH_BY_LABEL}
              loading={zonesLoading}
              placeholder={t('projects:register.zonePlaceholder')}
              options={zones}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="investmentType"
            label={t('projects:fields.investmentType')}
            rules={[{ required: true, message: t('projects:validation.investmentType') }]}
          >
            <Radio.Group
              options={(['FDI', 'DDI'] as const).map((v) => ({
                value: v,
                label: t(`common:investmentTypes.${v}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="sector"
            label={t('projects:fields.sector')}
            extra={t('projects:register.sectorHint')}
          >
            <Input maxLength={6} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="landHa" label={t('projects:fields.landHa')}>
            <InputNumber<string>
              stringMode
              min="0"
              decimalSeparator={format.locale === 'vi' ? ',' : '.'}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
