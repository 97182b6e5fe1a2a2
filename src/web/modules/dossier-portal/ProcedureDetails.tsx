import { Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicProcedure } from './portal.api.ts';
import { useDeadlineWords } from './words.tsx';

/** A procedure as the applicant reads it: time limit, fee, legal basis and the documents to bring. */
export function ProcedureDetails({ procedure }: { procedure: PublicProcedure }) {
  const { t } = useTranslation('dossierPortal');
  const deadline = useDeadlineWords();
  return (
    <section aria-label={procedure.name} style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { width: '38%' } }}
        items={[
          { key: 'field', label: t('procedure.field'), children: procedure.field },
          { key: 'deadline', label: t('procedure.deadline'), children: deadline(procedure.deadline) },
          {
            key: 'fee',
            label: t('procedure.fee'),
            children: procedure.fee && procedure.fee !== '0' ? procedure.fee : t('procedure.feeNone'),
          },
          {
            key: 'online',
            label: t('procedure.onlineLevel'),
            children: t(`onlineLevel.${procedure.onlineLevel}`),
          },
          ...(procedure.resultName
            ? [{ key: 'result', label: t('procedure.resultName'), children: procedure.resultName }]
            : []),
          ...(procedure.legalBasis
            ? [{ key: 'legal', label: t('procedure.legalBasis'), children: procedure.legalBasis }]
            : []),
        ]}
      />
      <Typography.Title level={4} style={{ fontSize: 16, marginTop: 16 }}>
        {t('procedure.documents')}
      </Typography.Title>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('procedure.noDocuments') }}
        dataSource={procedure.documents}
        renderItem={(document, index) => (
          <List.Item>
            <div>
              <div>
                {index + 1}. {document.name}
              </div>
              <Typography.Text type="secondary">
                {[
                  document.originals > 0 ? t('procedure.originals', { count: document.originals }) : null,
                  document.copies > 0 ? t('procedure.copies', { count: document.copies }) : null,
                  document.note ?? null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
