import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { CreateListingForm } from '../components/create-listing-form';
import { ListingsList } from '../components/listings-list';

export function ListingsRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('listings:write');
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('listings.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('listings.create')}
          </Button>
        ) : null
      }
    >
      <ListingsList />
      <Modal open={creating} title={t('listings.createTitle')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        <CreateListingForm
          onCancel={() => setCreating(false)}
          onCreated={(listing) => {
            setCreating(false);
            notify.success(t('listings.created', { sku: listing.sku }));
            void navigate(paths.listing.listing.getHref(listing.id));
          }}
        />
      </Modal>
    </Page>
  );
}
