import { EditOutlined, ExportOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardPicker, useBoardChoice } from '../../app/board-choice.tsx';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../shared/errors.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useFormat } from '../../shared/format.ts';
import { PageTitle } from '../../shared/PageTitle.tsx';
import {
  OSM_ATTRIBUTION,
  OSM_TILE_URL,
  TILE_ATTRIBUTION_MAX,
  TILE_URL_MAX,
  useSaveSiteSettings,
  useSiteSettings,
  type PublicSiteSettings,
} from './investor-portal.api.ts';

/** The public site's homes: Vietnamese at the root, English under /en (`board=` says whose). */
const SITE_PATHS = [
  { path: '/', lang: 'vi' },
  { path: '/en', lang: 'en' },
] as const;

/**
 * Trang công khai: the board's public site — its addresses, and the map's base layer (a tile URL
 * template and the attribution its licence requires, or none: the map then shows the zones alone).
 */
export function Component() {
  const { t } = useTranslation(['investorPortal', 'common']);
  const format = useFormat();
  const me = useSession();
  const choice = useBoardChoice();
  const boardId = choice.boardId;
  const settings = useSiteSettings(boardId);
  const [editing, setEditing] = useState(false);
  const data = settings.data;
  // A national user edits every board's, a board's staff their own (the server decides the same).
  const canWrite =
    boardId !== undefined &&
    me.permissions.includes('records.write') &&
    (me.scope === 'national' || (me.scope === 'board' && me.board?.id === boardId));

  return (
    <>
      <PageTitle
        title={t('investorPortal:site.title')}
        subtitle={t('investorPortal:site.subtitle')}
        extra={
          <Space wrap>
            <BoardPicker choice={choice} />
            {canWrite && data ? (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('investorPortal:site.edit')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {choice.board ? (
        <Card size="small" title={t('investorPortal:site.addressTitle')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('investorPortal:site.addressHint')}</Typography.Paragraph>
          <Flex vertical gap={4}>
            {SITE_PATHS.map(({ path, lang }) => {
              const address = `${window.location.origin}${path}?board=${encodeURIComponent(choice.board!.code)}`;
              return (
                <Typography.Link key={path} href={address} target="_blank" rel="noopener noreferrer">
                  <ExportOutlined /> {t(`investorPortal:site.address.${lang}`)}:{' '}
                  <Typography.Text code>{address}</Typography.Text>
                </Typography.Link>
              );
            })}
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('investorPortal:site.addressSignedIn')}
          </Typography.Paragraph>
        </Card>
      ) : null}
      {!boardId ? (
        <Empty description={t('common:boardChoice.needed')} />
      ) : settings.error ? (
        <Alert type="error" showIcon title={errorMessage(t, settings.error)} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <Card size="small" title={t('investorPortal:site.mapTitle')}>
          {data.version === null ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('investorPortal:site.notSet')}
            />
          ) : null}
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'tileUrlTemplate',
                label: t('investorPortal:site.tileUrlTemplate'),
                children: data.tileUrlTemplate ? (
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {data.tileUrlTemplate}
                  </Typography.Text>
                ) : (
                  t('investorPortal:site.noTiles')
                ),
              },
              {
                key: 'tileAttribution',
                label: t('investorPortal:site.tileAttribution'),
                children: data.tileAttribution ?? '—',
              },
              {
                key: 'updatedAt',
                label: t('investorPortal:site.updatedAt'),
                children: format.dateTime(data.updatedAt),
              },
            ]}
          />
          {!canWrite ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('investorPortal:site.readOnly')}
            </Typography.Paragraph>
          ) : null}
        </Card>
      )}
      {editing && data ? (
        <SettingsModal
          settings={data}
          onClose={() => setEditing(false)}
          onReload={() => settings.refetch()}
        />
      ) : null}
    </>
  );
}

interface Values {
  noTiles: boolean;
  tileUrlTemplate?: string;
  tileAttribution?: string;
}

function SettingsModal({
  settings,
  onClose,
  onReload,
}: {
  settings: PublicSiteSettings;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['investorPortal', 'common']);
  const { message } = App.useApp();
  const save = useSaveSiteSettings();

  async function send(values: Values) {
    const noTiles = values.noTiles;
    const answer = await save.mutateAsync({
      boardId: settings.boardId,
      version: settings.version ?? 0,
      tileUrlTemplate: noTiles ? null : (values.tileUrlTemplate?.trim() ?? ''),
      tileAttribution: noTiles ? null : (values.tileAttribution?.trim() ?? ''),
    });
    void message.success(t('investorPortal:site.saved'));
    return answer;
  }

  return (
    <FormModal<Values, PublicSiteSettings>
      title={t('investorPortal:site.edit')}
      okText={t('common:actions.save')}
      width={640}
      initialValues={{
        noTiles: settings.version !== null && settings.tileUrlTemplate === null,
        tileUrlTemplate: settings.tileUrlTemplate ?? undefined,
        tileAttribution: settings.tileAttribution ?? undefined,
      }}
      send={send}
      onClose={() => onClose()}
      onReload={onReload}
    >
      <TileFields />
    </FormModal>
  );
}

/** The tile layer's fields, hidden when the board uses none; the OpenStreetMap example fills them. */
function TileFields() {
  const { t } = useTranslation('investorPortal');
  const form = Form.useFormInstance<Values>();
  const noTiles = Form.useWatch('noTiles', form) === true;
  return (
    <>
      <Form.Item name="noTiles" valuePropName="checked">
        <Checkbox>{t('site.noTiles')}</Checkbox>
      </Form.Item>
      {noTiles ? (
        <Typography.Paragraph type="secondary">{t('site.noTilesHint')}</Typography.Paragraph>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('site.exampleTitle')}
            description={
              <>
                <div>
                  <Typography.Text code>{OSM_TILE_URL}</Typography.Text>
                </div>
                <div>
                  <Typography.Text code>{OSM_ATTRIBUTION}</Typography.Text>
                </div>
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
                  {t('site.exampleNote')}
                </Typography.Paragraph>
                <Button
                  size="small"
                  onClick={() =>
                    form.setFieldsValue({ tileUrlTemplate: OSM_TILE_URL, tileAttribution: OSM_ATTRIBUTION })
                  }
                >
                  {t('site.useExample')}
                </Button>
              </>
            }
          />
          <Form.Item
            name="tileUrlTemplate"
            label={t('site.tileUrlTemplate')}
            extra={t('site.tileUrlHint')}
            rules={[
              { required: true, whitespace: true, message: t('site.tileUrlRequired') },
              { pattern: /^\s*https:\/\//, message: t('site.tileUrlHttps') },
              {
                validator: (_rule, value: string | undefined) =>
                  !value || ['{z}', '{x}', '{y}'].every((p) => value.includes(p))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('site.tileUrlPlaceholders'))),
              },
            ]}
          >
            <Input maxLength={TILE_URL_MAX} placeholder={OSM_TILE_URL} spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="tileAttribution"
            label={t('site.tileAttribution')}
            extra={t('site.tileAttributionHint')}
            rules={[
              { required: true, whitespace: true, message: t('site.tileAttributionRequired') },
              { pattern: /^[^<>]*$/, message: t('site.tileAttributionPlain') },
            ]}
          >
            <Input maxLength={TILE_ATTRIBUTION_MAX} placeholder={OSM_ATTRIBUTION} />
          </Form.Item>
        </>
      )}
    </>
  );
}
