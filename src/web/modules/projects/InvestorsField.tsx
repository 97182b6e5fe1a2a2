import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, Form, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schema } from '../../shared/api.ts';
import { useCountries } from './countries.ts';
import { useInvestorSearch, type Investor } from './projects.api.ts';
import { SEARCH_BY_LABEL } from '../../shared/search-select.ts';

/** One investor row of the form: an existing investor (investorId) or a new one (name + country). */
export interface InvestorRow {
  investorId?: string | undefined;
  name?: string;
  country?: string;
}

/** The API's reference to an investor for a row of the form. */
export function investorRef(row: InvestorRow) {
  return row.investorId
    ? { investorId: row.investorId }
    : // The country box offers ISO 3166-1 codes only (and the server checks the code it gets).
      { name: row.name?.trim() ?? '', country: row.country as Schema<'CountryCode'> | undefined };
}

/** API problems on a picked investor belong under its name. */
export const INVESTOR_PATHS = { '\\.investorId$': '.name' };

/** The name box: typing searches the board's investors; picking one links the project to it. */
function InvestorName({
  value,
  onChange,
  onPick,
  boardId,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  onPick: (investor: Investor | null) => void;
  boardId: string | undefined;
  id?: string;
}) {
  const { t } = useTranslation('projects');
  const [text, setText] = useState('');
  const found = useInvestorSearch(text, boardId);
  const investors = found.data?.items ?? [];
  return (
    <AutoComplete
      id={id}
      value={value}
      placeholder={t('register.investorNamePlaceholder')}
      onSearch={(next) => {
        setText(next);
        onPick(null);
      }}
      onChange={(next: string) => onChange?.(next)}
      onSelect={(_value: string, option: { investor: Investor }) => onPick(option.investor)}
      options={investors.map((investor) => ({
        value: investor.name,
        key: investor.id,
        investor,
        label: `${investor.name} — ${investor.countryName}`,
      }))}
    />
  );
}

/** Nhà đầu tư: one or more rows of name and country. */
export function InvestorsField({ boardId }: { boardId: string | undefined }) {
  const { t } = useTranslation('projects');
  const form = Form.useFormInstance();
  const countries = useCountries();
  const rows = (Form.useWatch('investors', form) ?? []) as InvestorRow[];
  return (
    <Form.List name="investors">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const picked = Boolean(rows[index]?.investorId);
            const country = rows[index]?.country;
            const options =
              country && !countries.options.some((o) => o.value === country)
                ? [...countries.options, { value: country, label: `${countries.name(country)} (${country})` }]
                : countries.options;
            return (
              <Row key={field.key} gutter={12} align="top">
                <Col xs={24} md={13}>
                  <Form.Item name={[field.name, 'investorId']} hidden noStyle />
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('fields.investorName')}
                    extra={picked ? t('register.investorExisting') : undefined}
                    rules={[
                      { required: true, whitespace: true, min: 2, message: t('validation.investorName') },
                    ]}
                  >
                    <InvestorName
                      boardId={boardId}
                      onPick={(investor) =>
                        investor
                          ? form.setFieldValue(['investors', field.name], {
                              investorId: investor.id,
                              name: investor.name,
                              country: investor.country,
                            })
                          : form.setFieldValue(['investors', field.name, 'investorId'], undefined)
                      }
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} md={9}>
                  <Form.Item
                    name={[field.name, 'country']}
                    label={t('fields.country')}
                    rules={[{ required: true, message: t('validation.country') }]}
                  >
                    <Select
                      showSearch={SEARCH_BY_LABEL}
                      disabled={picked}
                      placeholder={t('register.countryPlaceholder')}
                      options={options}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('register.removeInvestor')}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </Col>
              </Row>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('register.addInvestor')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('register.investorsHint')}
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
