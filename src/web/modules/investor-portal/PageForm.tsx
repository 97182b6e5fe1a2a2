import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { ApiError } from '../../shared/api.ts';
import { DateField } from '../../shared/DateField.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import {
  PRICE_KINDS,
  UNITS_OF_PRICE,
  useSavePage,
  type LanguageContent,
  type PageContent,
  type PriceKind,
  type PriceUnit,
  type ZonePublicPage,
} from './investor-portal.api.ts';

type LanguageValues = Omit<LanguageContent, 'advantages'> & { advantages: string };

interface Values {
  vi: LanguageValues;
  en: LanguageValues;
  prices: { kind: PriceKind; value: string; unit: PriceUnit; asOf: Dayjs | null; source: string }[];
  leaseTermEnd?: string;
  minimumPlotM2?: string;
  wastewaterStandard?: string;
  sectors: string[];
  developerName?: string;
  developerWebsite?: string;
  contacts: { name: string; position?: string; phone?: string; email?: string }[];
  lon?: number | null;
  lat?: number | null;
}

const blank = (value: string | undefined | null) => {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

function toValues(content: PageContent): Values {
  const lang = (c: LanguageContent): LanguageValues => ({ ...c, advantages: c.advantages.join('\n') });
  return {
    vi: lang(content.vi),
    en: lang(content.en),
    prices: content.prices.map((p) => ({ ...p, asOf: dayjs(p.asOf) })),
    leaseTermEnd: content.leaseTermEnd ?? '',
    minimumPlotM2: content.minimumPlotM2 ?? '',
    wastewaterStandard: content.wastewaterStandard ?? '',
    sectors: content.sectors,
    developerName: content.developer?.name ?? '',
    developerWebsite: content.developer?.website ?? '',
    contacts: content.contacts.map((c) => ({ ...c, email: c.email ?? '' })),
    lon: content.mapPoint?.lon ?? null,
    lat: content.mapPoint?.lat ?? null,
  };
}

function toContent(values: Values): PageContent {
  const lang = (v: LanguageValues): LanguageContent => ({
    summary: v.summary ?? '',
    infrastructure: {
      roads: v.infrastructure?.roads ?? '',
      power: v.infrastructure?.power ?? '',
      water: v.infrastructure?.water ?? '',
      drainage: v.infrastructure?.drainage ?? '',
    },
    advantages: (v.advantages ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  });
  const developerName = blank(values.developerName);
  return {
    vi: lang(values.vi),
    en: lang(values.en),
    prices: (values.prices ?? []).map((p) => ({
      kind: p.kind,
      value: (p.value ?? '').trim().replace(',', '.'),
      unit: p.unit,
      asOf: p.asOf ? p.asOf.format('YYYY-MM-DD') : '',
      source: p.source ?? '',
    })),
    leaseTermEnd: blank(values.leaseTermEnd),
    minimumPlotM2: blank(values.minimumPlotM2)?.replace(',', '.') ?? null,
    wastewaterStandard: blank(values.wastewaterStandard),
    sectors: values.sectors ?? [],
    developer: developerName ? { name: developerName, website: blank(values.developerWebsite) } : null,
    contacts: (values.contacts ?? []).map((c) => ({
      name: c.name ?? '',
      position: c.position ?? '',
      phone: c.phone ?? '',
      email: blank(c.email),
    })),
    mapPoint:
      values.lon !== null && values.lon !== undefined && values.lat !== null && values.lat !== undefined
        ? { lon: values.lon, lat: values.lat }
        : null,
  };
}

/** The API's problem paths (body.content.…) as this form's field names, so each shows on its field. */
export function formPath(path: string): string {
  return path
    .replace(/^body\.content\./, 'body.')
    .replace(/^body\.developer\.name/, 'body.developerName')
    .replace(/^body\.developer\.website/, 'body.developerWebsite')
    .replace(/^body\.mapPoint\./, 'body.');
}

function onFormPaths(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => ({ ...d, path: formPath(d.path) }));
  return new ApiError(error.status, error.code, error.message, details, error.extra);
}

/** Sửa nội dung: the draft of the zone's public page, Vietnamese and English side by side in tabs. */
export function PageForm({ page, onClose }: { page: ZonePublicPage; onClose: () => void }) {
  const { t } = useTranslation(['investorPortal', 'common']);
  const save = useSavePage(page.zone.id);
  const fields = (lang: 'vi' | 'en') => (
    <>
      <Form.Item name={[lang, 'summary']} label={t('investorPortal:form.summary')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      {(['roads', 'power', 'water', 'drainage'] as const).map((part) => (
        <Form.Item key={part} name={[lang, 'infrastructure', part]} label={t(`investorPortal:form.${part}`)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      ))}
      <Form.Item
        name={[lang, 'advantages']}
        label={t('investorPortal:form.advantages')}
        extra={t('investorPortal:form.advantagesHint')}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );

  return (
    <FormModal<Values, ZonePublicPage>
      title={t('investorPortal:form.title', { name: page.zone.name })}
      okText={t('common:actions.save')}
      width={860}
      initialValues={toValues(page.content)}
      send={(values) =>
        save
          .mutateAsync({ version: page.version, content: toContent(values) })
          .catch((error: unknown) => Promise.reject(onFormPaths(error)))
      }
      onClose={() => onClose()}
    >
      {(form) => (
        <>
          <Tabs
            items={[
              { key: 'vi', label: t('investorPortal:form.tabVi'), children: fields('vi'), forceRender: true },
              { key: 'en', label: t('investorPortal:form.tabEn'), children: fields('en'), forceRender: true },
            ]}
          />
          <h4>{t('investorPortal:form.prices')}</h4>
          <Form.List name="prices">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Row key={item.key} gutter={8} align="top">
                    <Col xs={24} sm={12} md={5}>
                      <Form.Item
                        name={[item.name, 'kind']}
                        label={t('investorPortal:form.priceKind')}
                        rules={[{ required: true }]}
                      >
                        <Select
                          options={PRICE_KINDS.map((kind) => ({
                            value: kind,
                            label: t(`investorPortal:priceKinds.${kind}`),
                          }))}
                          onChange={(kind: PriceKind) =>
                            form.setFieldValue(['prices', item.name, 'unit'], UNITS_OF_PRICE[kind][0])
                          }
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} md={3}>
                      <Form.Item
                        name={[item.name, 'value']}
                        label={t('investorPortal:form.priceValue')}
                        rules={[{ required: true }]}
                      >
                        <Input inputMode="decimal" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} md={4}>
                      <Form.Item noStyle shouldUpdate>
                        {() => {
                          const kind = form.getFieldValue(['prices', item.name, 'kind']) as
                            PriceKind | undefined;
                          return (
                            <Form.Item
                              name={[item.name, 'unit']}
                              label={t('investorPortal:form.priceUnit')}
                              rules={[{ required: true }]}
                            >
                              <Select
                                options={(kind ? UNITS_OF_PRICE[kind] : []).map((unit) => ({
                                  value: unit,
                                  label: t(`investorPortal:units.${unit}`),
                                }))}
                              />
                            </Form.Item>
                          );
                        }}
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={8} md={4}>
                      <Form.Item
                        name={[item.name, 'asOf']}
                        label={t('investorPortal:form.priceAsOf')}
                        rules={[{ required: true }]}
                      >
                        <DateField aria-label={t('investorPortal:form.priceAsOf')} />
                      </Form.Item>
                    </Col>
                    <Col xs={10} sm={14} md={7}>
                      <Form.Item
                        name={[item.name, 'source']}
                        label={t('investorPortal:form.priceSource')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={1} style={{ paddingTop: 34 }}>
                      <MinusCircleOutlined
                        aria-label={t('investorPortal:form.removePrice')}
                        onClick={() => remove(item.name)}
                      />
                    </Col>
                  </Row>
                ))}
                {items.length < 20 ? (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      add({
                        kind: 'landRent',
                        unit: 'USD_M2_TERM',
                        asOf: dayjs(vietnamToday()),
                        value: '',
                        source: '',
                      })
                    }
                    style={{ marginBottom: 16 }}
                  >
                    {t('investorPortal:form.addPrice')}
                  </Button>
                ) : null}
              </>
            )}
          </Form.List>
          <Row gutter={8}>
            <Col xs={24} sm={8}>
              <Form.Item
                name="leaseTermEnd"
                label={t('investorPortal:form.leaseTermEnd')}
                extra={t('investorPortal:form.leaseTermEndHint')}
              >
                <Input maxLength={10} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="minimumPlotM2" label={t('investorPortal:form.minimumPlotM2')}>
                <Input inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="wastewaterStandard" label={t('investorPortal:form.wastewaterStandard')}>
                <Input maxLength={200} placeholder="QCVN 40:2011/BTNMT cột A" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="sectors"
            label={t('investorPortal:form.sectors')}
            extra={t('investorPortal:form.sectorsHint')}
          >
            <Select mode="tags" maxCount={50} tokenSeparators={[',', ' ']} open={false} />
          </Form.Item>
          <Row gutter={8}>
            <Col xs={24} sm={12}>
              <Form.Item name="developerName" label={t('investorPortal:form.developerName')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="developerWebsite" label={t('investorPortal:form.developerWebsite')}>
                <Input maxLength={300} placeholder="https://" />
              </Form.Item>
            </Col>
          </Row>
          <h4>{t('investorPortal:form.contacts')}</h4>
          <Form.List name="contacts">
            {(items, { add, remove }) => (
              <>
                {items.map((item) => (
                  <Row key={item.key} gutter={8}>
                    <Col xs={24} sm={12} md={6}>
                      <Form.Item
                        name={[item.name, 'name']}
                        label={t('investorPortal:form.contactName')}
                        rules={[{ required: true }]}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} md={6}>
                      <Form.Item
                        name={[item.name, 'position']}
                        label={t('investorPortal:form.contactPosition')}
                      >
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[item.name, 'phone']} label={t('investorPortal:form.contactPhone')}>
                        <Input inputMode="tel" maxLength={30} />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={6}>
                      <Form.Item name={[item.name, 'email']} label={t('investorPortal:form.contactEmail')}>
                        <Input inputMode="email" maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={1} style={{ paddingTop: 34 }}>
                      <MinusCircleOutlined
                        aria-label={t('investorPortal:form.removeContact')}
                        onClick={() => remove(item.name)}
                      />
                    </Col>
                  </Row>
                ))}
                {items.length < 10 ? (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({})}
                    style={{ marginBottom: 16 }}
                  >
                    {t('investorPortal:form.addContact')}
                  </Button>
                ) : null}
              </>
            )}
          </Form.List>
          <Row gutter={8}>
            <Col xs={12}>
              <Form.Item
                name="lon"
                label={t('investorPortal:form.lon')}
                extra={t('investorPortal:form.pointHint')}
              >
                <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="lat" label={t('investorPortal:form.lat')}>
                <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </FormModal>
  );
}
