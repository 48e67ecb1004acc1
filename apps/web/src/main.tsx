import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient, Providers } from './app/providers';
import { createAppRouter } from './app/router';
import { meQuery } from './features/auth/api';
import { syncZodLocale } from './lib/zod-locale';
import './styles.css';

syncZodLocale();
const queryClient = createQueryClient(() => {
  // The session ended while a page was open: forget the user and ask for sign-in, then come back here.
  queryClient.setQueryData(meQuery.queryKey, null);
  const here = router.state.location.href;
  if (!here.startsWith('/login')) void router.navigate({ to: '/login', search: { redirect: here } });
});
const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
