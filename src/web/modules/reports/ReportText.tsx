import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Plain http on a board's network: the old way.
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

/** The report as the board writes it, ready to paste into its own document. */
export function ReportText({ paragraphs }: { paragraphs: string[] }) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  return (
    <Card
      title={t('text.title')}
      extra={
        <Button
          icon={<CopyOutlined />}
          onClick={() => {
            copyText(paragraphs.join('\n')).then(
              () => void message.success(t('text.copied')),
              () => void message.error(t('text.copyFailed')),
            );
          }}
        >
          {t('text.copy')}
        </Button>
      }
    >
      <div data-testid="report-text">
        {paragraphs.map((paragraph, i) => (
          <Typography.Paragraph key={i} style={{ textAlign: 'justify', textIndent: i === 0 ? 0 : 24 }}>
            {paragraph}
          </Typography.Paragraph>
        ))}
      </div>
    </Card>
  );
}
