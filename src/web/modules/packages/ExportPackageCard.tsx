import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamToday } from '../../../domain/calendar-date.ts';
import { useSession } from '../../app/session.tsx';
import { api } from '../../shared/api.ts';
import { errorMessage } from '../../shared/errors.ts';

/** Xuất gói dữ liệu: the boards' records as a data package v1 file, for the bloc or the ministry. */
export function ExportPackageCard() {
  const { t } = useTranslation(['packages', 'common']);
  const me = useSession();
  const [boards, setBoards] = useState<string[]>(me.board ? [me.board.code] : []);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const pkg = await api.get('/packages/export', { query: { board: boards.length ? boards : undefined } });
      const codes = boards.length ? boards.join('-') : 'tat-ca';
      const blob = new Blob([`${JSON.stringify(pkg, null, 2)}\n`], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `kcn-goi-du-lieu-${codes}-${vietnamToday()}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('packages:export.title')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('packages:export.intro')}
        </Typography.Paragraph>
        {me.visibleBoards.length > 1 ? (
          <Select
            mode="multiple"
            allowClear
            style={{ width: '100%', maxWidth: 480 }}
            aria-label={t('packages:export.boards')}
            placeholder={t('packages:export.allBoards')}
            value={boards}
            onChange={setBoards}
            options={me.visibleBoards.map((b) => ({ value: b.code, label: `${b.code} — ${b.name}` }))}
          />
        ) : null}
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
          {t('packages:export.download')}
        </Button>
        {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
      </Space>
    </Card>
  );
}
