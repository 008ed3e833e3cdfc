import { Button, Form } from 'antd';
import type { ReactNode } from 'react';

/** A bare form around shared fields: "Send" submits it, and `onFinish` receives what a feature would send. */
export function FormHarness({ children, onFinish, initialValues }: { children: ReactNode; onFinish: (values: Record<string, unknown>) => void; initialValues?: Record<string, unknown> }) {
  return (
    <Form layout="vertical" onFinish={onFinish} initialValues={initialValues}>
      {children}
      <Button type="primary" htmlType="submit">
        Send
      </Button>
    </Form>
  );
}
