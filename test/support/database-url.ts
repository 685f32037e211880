export const TEMPLATE_DATABASE = 'ansinh_test_template';

/** The same server and credentials, another database. */
export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
