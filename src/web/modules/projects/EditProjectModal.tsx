import { useQueryClient } from '@tanstack/react-query';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api.ts';
import { useAllZones } from '../zones/index.ts';
import type { ProjectDetail } from './projects.api.ts';
import type { ModalProps } from './ProjectModals.tsx';
import { ProjectFields } from './ProjectFields.tsx';
import { WriteModal } from './WriteModal.tsx';

interface EditForm {
  name: string;
  zoneId: string;
  investmentType: ProjectDetail['investmentType'];
  sector: string;
  landHa: string | null;
  version: number;
}

const valuesOf = (p: ProjectDetail): EditForm => ({
  name: p.name,
  zoneId: p.zone.id,
  investmentType: p.investmentType,
  sector: p.sector ?? '',
  landHa: p.landHa,
  version: p.version,
});

/** Sửa thông tin: name, zone, type, sector and land, sent with the version read. */
export function EditProjectModal({ project, onClose }: ModalProps) {
  const { t } = useTranslation(['projects', 'common']);
  const queryClient = useQueryClient();
  const zones = useAllZones();
  const [form] = Form.useForm<EditForm>();

  async function reload() {
    const fresh = await queryClient.fetchQuery({
      queryKey: ['project', project.id],
      queryFn: () => api.get('/projects/{id}', { path: { id: project.id } }),
      staleTime: 0,
    });
    // The version read goes with the form: the one shown when it opened, or the one reloaded.
    form.setFieldsValue(valuesOf(fresh));
  }

  return (
    <WriteModal<EditForm>
      title={t('projects:edit.title', { code: project.code })}
      okText={t('common:actions.save')}
      done={t('projects:edit.done')}
      form={form}
      initialValues={valuesOf(project)}
      onClose={onClose}
      onReload={reload}
      submit={(values) =>
        api.patch('/projects/{id}', {
          path: { id: project.id },
          body: {
            version: values.version,
            name: values.name.trim(),
            zoneId: values.zoneId,
            investmentType: values.investmentType,
            sector: values.sector?.trim() ? values.sector.trim().toUpperCase() : null,
            landHa: values.landHa || null,
          },
        })
      }
    >
      <Form.Item name="version" hidden noStyle />
      <ProjectFields
        zones={(zones.data?.items ?? [])
          .filter((z) => z.boardId === project.boardId)
          .map((z) => ({ value: z.id, label: z.name }))}
        zonesLoading={zones.isPending}
      />
    </WriteModal>
  );
}
