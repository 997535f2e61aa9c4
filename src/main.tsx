import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';

import { AppProvider } from './app/provider';
import { router } from './app/router';
import './styles/index.scss';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no element with id "root" to render the app into');
}

createRoot(container).render(
  <StrictMode>
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
