import { Button, Card, Descriptions, Flex, Form, Input, Modal, Result } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { DateInput } from '@/components/ui/date-input';
import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useChangeChannel } from '../api/change-channel';
import { useDeactivateChannel } from '../api/deactivate-channel';
import { useChannel, type ChannelDetails } from '../api/get-channel';
import { useChannelHistory } from '../api/get-channel-history';
import { useReactivateChannel } from '../api/reactivate-channel';
import { ActiveTag, CostModelText } from '../components/channel-labels';
import { ChannelForm } from '../components/channel-form';
import { QualityCard } from '../components/quality-card';

/** A channel: its fields, its quality from real shipments, its history; logistics edits, deactivates and reactivates it here. */
export function ChannelRoute() {
  const { t } = useTranslation();
  const { channelId = '' } = useParams();
  const channel = useChannel(channelId);
  const history = useChannelHistory(channelId);
  const canWrite = useCan('channels:write');
  const [dialog, setDialog] = useState<'edit' | 'deactivate' | 'reactivate' | null>(null);

  if (channel.isPending) return <Loading />;
  if (channel.isError) {
    if (problemOf(channel.error).status === 404)
      return (
        <Result
          status="404"
          title={t('channels.notFound')}
          extra={
            <Link to={paths.logistics.channels.getHref()}>
              <Button>{t('channels.title')}</Button>
            </Link>
          }
        />
      );
    return (
      <Page title={t('channels.detail')}>
        <ProblemAlert error={channel.error} action={<Button onClick={() => void channel.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const current = channel.data;
  const language = currentLanguage();
  return (
    <Page
      title={t('channels.detailTitle', { code: current.code })}
      actions={
        canWrite ? (
          <Flex gap={8}>
            {current.active ? (
              <>
                <Button onClick={() => setDialog('edit')}>{t('channels.edit')}</Button>
                <Button danger onClick={() => setDialog('deactivate')}>
                  {t('channels.deactivate')}
                </Button>
              </>
            ) : (
              <Button onClick={() => setDialog('reactivate')}>{t('channels.reactivate')}</Button>
            )}
          </Flex>
        ) : null
      }
    >
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('channels.fields.name')}>{current.name}</Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.state')}>
              <ActiveTag active={current.active} />
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.type')}>{t(`channels.types.${current.type}`)}</Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.carrier')}>
              {current.carrier} · {current.serviceLevel}
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.costModel')}>
              <CostModelText channel={current} />
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.transit')}>
              {t('channels.transitDays', { min: current.transitDaysMin, max: current.transitDaysMax })}
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.destinationCountries')}>
              {current.destinationCountries.length > 0 ? current.destinationCountries.join(', ') : t('channels.anyDestination')}
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.fields.contract')}>
              {formatDate(current.contractStart, language)} – {current.contractEnd ? formatDate(current.contractEnd, language) : t('channels.openEnded')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <QualityCard quality={current.quality} />
        <Card size="small" title={t('channels.history')}>
          {history.isError ? <ProblemAlert error={history.error} /> : <HistoryTimeline entries={history.data ?? []} />}
        </Card>
      </Flex>
      {dialog === 'edit' ? <EditDialog channel={current} onClose={() => setDialog(null)} /> : null}
      {dialog === 'deactivate' ? <DeactivateDialog channel={current} onClose={() => setDialog(null)} /> : null}
      {dialog === 'reactivate' ? <ReactivateDialog channel={current} onClose={() => setDialog(null)} /> : null}
    </Page>
  );
}

function EditDialog({ channel, onClose }: { channel: ChannelDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const change = useChangeChannel();
  return (
    <Modal open title={t('channels.editTitle', { code: channel.code })} footer={null} width={760} onCancel={onClose}>
      <ChannelForm
        channel={channel}
        submitText={t('common.save')}
        onCancel={onClose}
        submit={async (body) => {
          await change.mutateAsync({ id: channel.id, version: channel.version, body });
          notify.success(t('channels.saved'));
          onClose();
        }}
      />
    </Modal>
  );
}

function DeactivateDialog({ channel, onClose }: { channel: ChannelDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const deactivate = useDeactivateChannel();
  return (
    <ReasonDialog
      title={t('channels.deactivateTitle', { code: channel.code })}
      okText={t('channels.deactivate')}
      danger
      submit={async (reason) => {
        await deactivate.mutateAsync({ id: channel.id, version: channel.version, reason });
        notify.success(t('channels.deactivated'));
        onClose();
      }}
      onClose={onClose}
    />
  );
}

/** Reactivation takes a reason and, when the contract has ended, the new contract's end; a refusal shows above the fields. */
function ReactivateDialog({ channel, onClose }: { channel: ChannelDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ reason?: string; newContractEnd?: Dayjs | null }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const reactivate = useReactivateChannel();
  return (
    <Modal
      open
      title={t('channels.reactivateTitle', { code: channel.code })}
      okText={t('channels.reactivate')}
      confirmLoading={reactivate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} />
        </div>
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setRefusal(null);
          try {
            await reactivate.mutateAsync({
              id: channel.id,
              version: channel.version,
              body: { reason: (values.reason ?? '').trim(), newContractEnd: values.newContractEnd ? values.newContractEnd.format('YYYY-MM-DD') : null },
            });
            notify.success(t('channels.reactivated'));
            onClose();
          } catch (error) {
            const other = applyFieldErrors(form, error, ['reason', 'newContractEnd']);
            if (!problemOf(error).errors || other.length > 0) setRefusal(error);
          }
        }}
      >
        <Form.Item name="reason" label={t('channels.reason')} rules={[{ required: true, whitespace: true, message: t('channels.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="newContractEnd" label={t('channels.newContractEnd')}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
