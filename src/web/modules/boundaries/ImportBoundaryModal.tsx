import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Typography,
  Upload,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useImportBoundary, type AxisOrder, type SourceCrs } from './boundaries.api.ts';
import { firstPosition, formatMeridian, guessSource } from './boundary-format.ts';

/** A file read in the browser at most this large (the server takes 5 MB of compact JSON). */
const FILE_MAX_BYTES = 20 * 1024 * 1024;
const BODY_MAX_CHARS = 5 * 1024 * 1024 - 4096;
const ACCEPT = '.geojson,.json,application/geo+json,application/json';

interface Values {
  fileName?: string;
  sourceCrs: SourceCrs;
  centralMeridian?: number | null;
  zoneWidth: 3 | 6;
  axisOrder: AxisOrder;
  note?: string;
}

/**
 * Nhập ranh giới: a GeoJSON file read in the browser (parsed here, sent compact), its coordinate
 * system (WGS84, or VN-2000 with the province's central meridian and zone width) and axis order —
 * guessed from the file's first numbers, to be checked — and a note. The server's refusal is shown
 * above the form in Vietnamese, each problem with where it is in the file.
 */
export function ImportBoundaryModal({ zoneId, onClose }: { zoneId: string; onClose: () => void }) {
  const { t } = useTranslation(['boundaries', 'common']);
  const save = useImportBoundary(zoneId);
  const [geojson, setGeojson] = useState<unknown>(null);
  const [guessed, setGuessed] = useState<SourceCrs | null>(null);
  const [fileInfo, setFileInfo] = useState<{ name: string; size: number } | null>(null);

  async function read(file: File, form: FormInstance<Values>) {
    setGeojson(null);
    setGuessed(null);
    setFileInfo(null);
    const fail = (error: string) => form.setFields([{ name: 'fileName', value: undefined, errors: [error] }]);
    if (file.size > FILE_MAX_BYTES)
      return fail(t('boundaries:form.fileTooLarge', { mb: FILE_MAX_BYTES / 1024 / 1024 }));
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (error) {
      return fail(t('boundaries:form.fileNotJson', { reason: error instanceof Error ? error.message : '' }));
    }
    if (JSON.stringify(parsed).length > BODY_MAX_CHARS) return fail(t('boundaries:form.bodyTooLarge'));
    setGeojson(parsed);
    setFileInfo({ name: file.name, size: Math.ceil(file.size / 1024) });
    const guess = guessSource(firstPosition(parsed));
    if (guess) {
      form.setFieldsValue(guess);
      setGuessed(guess.sourceCrs);
    }
    form.setFields([{ name: 'fileName', value: file.name, errors: [] }]);
  }

  return (
    <FormModal<Values>
      title={t('boundaries:form.title')}
      okText={t('boundaries:form.submit')}
      width={560}
      hint={<Typography.Text type="secondary">{t('boundaries:form.hint')}</Typography.Text>}
      initialValues={{ sourceCrs: 'WGS84', zoneWidth: 3, axisOrder: 'easting_northing' }}
      send={(values) =>
        save.mutateAsync({
          geojson,
          sourceCrs: values.sourceCrs,
          centralMeridian: values.sourceCrs === 'VN-2000' ? (values.centralMeridian ?? null) : null,
          zoneWidth: values.zoneWidth,
          axisOrder: values.axisOrder,
          sourceFileName: values.fileName ?? null,
          note: values.note?.trim() ? values.note.trim() : null,
        })
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item
            label={t('boundaries:form.file')}
            required
            extra={fileInfo ? t('boundaries:form.fileRead', fileInfo) : undefined}
          >
            <Upload
              accept={ACCEPT}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                void read(file, form);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('boundaries:form.chooseFile')}</Button>
            </Upload>
            <Form.Item
              name="fileName"
              noStyle
              rules={[{ required: true, message: t('boundaries:form.fileRequired') }]}
            >
              <Input type="hidden" />
            </Form.Item>
          </Form.Item>
          {guessed ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('boundaries:form.guessed', { crs: guessed })}
            />
          ) : null}
          <Form.Item name="sourceCrs" label={t('boundaries:form.sourceCrs')} rules={[{ required: true }]}>
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="WGS84">{t('boundaries:form.wgs84')}</Radio>
                <Radio value="VN-2000">{t('boundaries:form.vn2000')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Vn2000Fields form={form} />
          <Form.Item name="axisOrder" label={t('boundaries:form.axisOrder')}>
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="easting_northing">{t('boundaries:form.eastingNorthing')}</Radio>
                <Radio value="northing_easting">{t('boundaries:form.northingEasting')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="note" label={t('boundaries:form.note')}>
            <Input.TextArea rows={2} maxLength={2000} placeholder={t('boundaries:form.notePlaceholder')} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** The central meridian (echoed in degrees and minutes) and the zone width, for VN-2000 only. */
function Vn2000Fields({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation(['boundaries']);
  const crs = Form.useWatch('sourceCrs', form);
  const meridian = Form.useWatch('centralMeridian', form);
  if (crs !== 'VN-2000') return null;
  return (
    <>
      <Form.Item
        name="centralMeridian"
        label={t('boundaries:form.centralMeridian')}
        rules={[{ required: true, message: t('boundaries:form.centralMeridianRequired') }]}
        extra={
          typeof meridian === 'number'
            ? `${t('boundaries:form.centralMeridianIs', { value: formatMeridian(meridian) })} · ${t('boundaries:form.centralMeridianHelp')}`
            : t('boundaries:form.centralMeridianHelp')
        }
      >
        <InputNumber<number>
          min={102}
          max={118}
          step={0.25}
          decimalSeparator=","
          placeholder="105,5"
          style={{ width: '100%', maxWidth: 200 }}
        />
      </Form.Item>
      <Form.Item name="zoneWidth" label={t('boundaries:form.zoneWidth')}>
        <Radio.Group>
          <Radio value={3}>{t('boundaries:form.zone3')}</Radio>
          <Radio value={6}>{t('boundaries:form.zone6')}</Radio>
        </Radio.Group>
      </Form.Item>
    </>
  );
}
