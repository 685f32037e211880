import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import type { createRouter } from './routes';
import { DatabaseBanner } from './ui/DatabaseBanner';
import { I18nProvider } from './ui/i18n/I18nProvider';

interface AppProps {
  client: ApolloClient;
  router: ReturnType<typeof createRouter>;
}

export function App({ client, router }: AppProps) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <DatabaseBanner />
        <RouterProvider router={router} />
      </I18nProvider>
    </ApolloProvider>
  );
}
