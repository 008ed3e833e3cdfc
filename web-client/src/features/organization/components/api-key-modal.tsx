import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type ApiKeyModalProps = { clientName: string; apiKey: string; onClose: () => void };

/**
 * The one moment an API key is visible: Ops stores only its hash. The modal does not close on a
 * stray click or Escape; the person confirms they have stored it.
 */
export function ApiKeyModal({ clientName, apiKey, onClose }: ApiKeyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('apiClients.keyTitle', { name: clientName })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiClients.keyStored')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t('apiClients.keyWarning')} />
        <div>
          <Typography.Text type="secondary">{t('apiClients.keyLabel')}</Typography.Text>
          <Typography.Paragraph
            code
            copyable={{ text: apiKey, tooltips: [t('apiClients.copy'), t('apiClients.copied')] }}
            style={{ wordBreak: 'break-all', marginBottom: 0 }}
            data-testid="api-key"
          >
            {apiKey}
          </Typography.Paragraph>
        </div>
        <Typography.Text type="secondary">{t('apiClients.keyUsage')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
