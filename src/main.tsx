import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './ui/app/App';
import { resumeLastStory } from './ui/app/use-route';
import { startWorkspace } from './state/current-story';
import { startStorySharing } from './state/story-sharing';
import './ui/app/app.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: Infinity } },
});

resumeLastStory();
void startWorkspace();
startStorySharing();

const root = document.getElementById('root');
if (!root) throw new Error('Crosscheck cannot start: index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
