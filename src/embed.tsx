import { z } from 'zod';

// The embed's entry. Zod decides when a schema is created whether to compile its parser with `new Function`, and
// probing for that is itself a violation under the embed's CSP (no 'unsafe-eval'). The bundler may run the shared
// chunk that creates our schemas before this file's own code, so the switch comes first and the page is imported
// after it.
z.config({ jitless: true });
void import('./embed-page.tsx');
