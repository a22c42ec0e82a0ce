/** Beian's web app: providers (language, Ant Design, TanStack Query) around the router. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ApiError } from './api/api-error.js';
import { LocaleProvider } from './i18n/locale.js';
import { router } from './router.js';
import './shell/global.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, e) => (e instanceof ApiError ? e.transient && count < 2 : count < 2),
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
