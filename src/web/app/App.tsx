import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '../shared/api.ts';
import { useReducedMotion } from '../shared/screen.ts';
import { keepEnterInDatePickers } from './form-keys.ts';
import './i18n.ts';
import { router } from './routes.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  const vietnamese = i18n.language !== 'en';
  dayjs.locale(vietnamese ? 'vi' : 'en');
  useEffect(() => keepEnterInDatePickers(), []);
  // Who asked their system for less motion gets none (antd's zooms and slides are off).
  const motion = !useReducedMotion();
  return (
    <ConfigProvider
      locale={vietnamese ? viVN : enUS}
      theme={{ token: { colorPrimary: '#0b5394', borderRadius: 4, motion } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
