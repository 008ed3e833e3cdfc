import { App } from 'antd';

import { useProblemText } from './problem-alert';

/** Toasts for actions without a form of their own: success text, or the problem's title and detail. */
export function useNotify() {
  const { message, notification } = App.useApp();
  const describe = useProblemText();
  return {
    success: (text: string) => void message.success(text),
    problem: (error: unknown) => {
      const { title, detail, problem } = describe(error);
      notification.error({
        title,
        description: [detail, `(${problem.code})`].filter(Boolean).join(' '),
        placement: 'topRight',
      });
    },
  };
}
