import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './ui/theme.css';
import './ui/styles.css';
import './ui/layout.css';
import { appStore } from './store/appStore';
import { loadDataset } from './io/loadDataset';
import { App } from './app/App';
import { bindUrl } from './io/bindUrl';
import { bindPlayback } from './app/playback';
import { bindTheme } from './app/bindTheme';
import { restoreImports } from './io/persistImports';

// The dataset is parsed and checked in a worker while this page's JavaScript starts.
const { contextProblems, ...dataset } = await loadDataset();
appStore.getState().setDataset(dataset);
contextProblems.forEach((problem) => appStore.getState().addNotice(`Context layer skipped: ${problem}`));
bindTheme(appStore);
bindUrl(appStore);
bindPlayback(appStore);
void restoreImports(appStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
