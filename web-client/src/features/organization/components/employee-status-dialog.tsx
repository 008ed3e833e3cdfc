import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ReasonDialog } from '@/components/ui/reason-dialog';

import { useChangeEmployeeStatus, type EmployeeStatusChange } from '../api/change-employee-status';
import type { Employee } from '../api/get-employees';

/** Leave, return from leave, or leave the company: the reason (optional, as the server has it) goes into the history. */
export function EmployeeStatusDialog({ employee, change, onClose }: { employee: Employee; change: EmployeeStatusChange; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const move = useChangeEmployeeStatus({
    mutationConfig: {
      onSuccess: (done) => {
        notify.success(t(`employees.moves.${change}.done`, { name: done.name }));
        onClose();
      },
    },
  });
  const final = change === 'leave-company';
  return (
    <ReasonDialog
      title={t(`employees.moves.${change}.title`, { name: employee.name })}
      okText={t(`employees.moves.${change}.action`)}
      danger={final}
      warning={final ? t('employees.moves.leave-company.warning') : undefined}
      required={false}
      submit={(reason) => move.mutateAsync({ change, id: employee.id, version: employee.version, reason })}
      onClose={onClose}
    />
  );
}
