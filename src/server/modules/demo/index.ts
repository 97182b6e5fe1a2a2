/** The demo board's public face: loading it (no routes; `kcn demo` and the first start use it). */
import type { ServerModule } from '../../kernel/module.ts';

export * from './demo.service.ts';
export { buildThaiBinhDemoPackage, THAI_BINH_DEMO_FIGURES } from './thai-binh.demo.ts';

export const demoModule = { name: 'demo' } satisfies ServerModule;
