import { UserAddOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { useCan } from '@/lib/auth';

import type { EmployeeStatusChange } from '../api/change-employee-status';
import type { Employee } from '../api/get-employees';
import { EmployeeForm } from '../components/employee-form';
import { EmployeeStatusDialog } from '../components/employee-status-dialog';
import { EmployeesList } from '../components/employees-list';

type Dialog = { kind: 'hire' } | { kind: 'edit'; employee: Employee } | { kind: 'move'; employee: Employee; change: EmployeeStatusChange } | null;

export function EmployeesRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('employees:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Page
      title={t('employees.title')}
      actions={
        canWrite ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'hire' })}>
            {t('employees.hire')}
          </Button>
        ) : null
      }
    >
      <EmployeesList onEdit={(employee) => setDialog({ kind: 'edit', employee })} onMove={(employee, change) => setDialog({ kind: 'move', employee, change })} />
      <Modal
        open={dialog?.kind === 'hire' || dialog?.kind === 'edit'}
        title={dialog?.kind === 'edit' ? t('employees.editTitle', { name: dialog.employee.name }) : t('employees.hire')}
        footer={null}
        onCancel={close}
        destroyOnHidden
      >
        {dialog?.kind === 'hire' || dialog?.kind === 'edit' ? (
          <EmployeeForm
            employee={dialog.kind === 'edit' ? dialog.employee : undefined}
            onCancel={close}
            onDone={(employee) => {
              notify.success(t(dialog.kind === 'edit' ? 'employees.changed' : 'employees.hired', { name: employee.name }));
              close();
            }}
          />
        ) : null}
      </Modal>
      {dialog?.kind === 'move' ? <EmployeeStatusDialog employee={dialog.employee} change={dialog.change} onClose={close} /> : null}
    </Page>
  );
}
