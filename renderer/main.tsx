import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider } from './app/i18n';
import { NoticeProvider } from './components/notices';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </I18nProvider>
  </StrictMode>,
);
