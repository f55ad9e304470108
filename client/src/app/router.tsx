import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoading } from '../components/page-loading';
import { AppLayout } from './layout/app-layout';
import { HomeRoute } from './routes/home';
import { RouteError } from './routes/route-error';

// The home page is the landing page and small, so it ships with the shell; other pages load on demand.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // Pathless: errors and first-load fallbacks render inside the shell, under header and nav.
        errorElement: <RouteError />,
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            path: '*',
            lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute },
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
