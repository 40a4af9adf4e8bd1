import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { LocalizedRoutes } from './i18n/LocalizedRoutes';
import { registerServiceWorker } from './offline/register';
import { PresentationMode } from './presentation/PresentationMode';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider>
      <LocalizedRoutes>
        <PresentationMode>
          <App />
        </PresentationMode>
      </LocalizedRoutes>
    </AuthProvider>
  </StrictMode>,
);

registerServiceWorker();
